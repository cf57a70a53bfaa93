using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`rolecall vault rotate PROFILE`: replaces the profile's access key with a new one (<see cref="KeyRotation"/>).</summary>
internal sealed class VaultRotateCommand(CredentialServices services) : ICommand
{
    public string Name => "vault rotate";

    public string Summary => "rotate a vault profile's access key: create, verify, store, delete the old one";

    public string Help => """
        usage: rolecall vault rotate PROFILE [--mfa-code CODE] [--backend file|secret-service|pass]

        CreateAccessKey, then GetCallerIdentity with the new key (retried while IAM propagates it), then the
        vault stores it, then DeleteAccessKey on the old key. With mfa_serial in the profile the IAM calls use an
        MFA session (prompted, or --mfa-code / ROLECALL_MFA_CODE). If a step fails, the message says which key
        is active and what is left to do.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var mfaCode = context.Arguments.Option("--mfa-code");
        var backend = context.Arguments.Option("--backend");
        var profile = context.Arguments.Positional() ?? throw UsageException.Custom("vault rotate needs a PROFILE", "rolecall vault list");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        var session = CredentialSession.Open(context, services.StsFactory, profile);
        var (oldKey, newKey) = await new KeyRotation(context, session, vault.Backend, profile).RunAsync(mfaCode, cancellation);
        context.Error.WriteLine($"rotated profile '{profile}': {VaultItem.Mask(oldKey)} deleted, {VaultItem.Mask(newKey)} stored in the {vault.Backend.Name} vault");
        return ExitCodes.Success;
    }
}
