using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;
using RoleCall.Core.Errors;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`rolecall vault add PROFILE [--from-env]`: stores a profile's long-term keys in the vault.</summary>
internal sealed class VaultAddCommand : ICommand
{
    public string Name => "vault add";

    public string Summary => "store a profile's access key in the vault (prompted without echo, or --from-env)";

    public string Help => """
        usage: rolecall vault add PROFILE [--from-env] [--backend file|secret-service|pass]

        Prompts for the access key ID and secret access key without echo (or reads AWS_ACCESS_KEY_ID and
        AWS_SECRET_ACCESS_KEY with --from-env). The profile then resolves from the vault: rolecall reads it
        natively, and `credential_process = rolecall credential-process --profile PROFILE` serves other tools.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var fromEnvironment = context.Arguments.Flag("--from-env");
        var backend = context.Arguments.Option("--backend");
        var profile = context.Arguments.Positional() ?? throw UsageException.Custom("vault add needs a PROFILE", "rolecall vault add dev");
        context.Arguments.EnsureConsumed();

        string? keyId, secret;
        if (fromEnvironment)
        {
            keyId = context.Environment.GetValueOrDefault("AWS_ACCESS_KEY_ID");
            secret = context.Environment.GetValueOrDefault("AWS_SECRET_ACCESS_KEY");
        }
        else
        {
            var prompter = ConsolePrompter.For(context.Console);
            keyId = prompter.ReadSecret("Access key ID: ")?.Trim();
            secret = prompter.ReadSecret("Secret access key: ")?.Trim();
        }

        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(secret))
        {
            throw UsageException.Custom("vault add needs both an access key ID and a secret access key",
                fromEnvironment ? "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY" : "type both at the prompts");
        }

        var vault = VaultAccess.Open(context, backend);
        vault.Backend.Write(profile, new VaultItem(keyId, secret, null, null, context.Time.GetUtcNow()));
        context.Error.WriteLine($"added {VaultItem.Mask(keyId)} for profile '{profile}' to the {vault.Backend.Name} vault");
        VaultProfiles.EnsureProcessLine(context, profile);
        return Task.FromResult(ExitCodes.Success);
    }
}
