using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Config.Editing;
using RoleCall.Core.Errors;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `rolecall vault export PROFILE`: puts the profile's keys back into ~/.aws/credentials in plain text (its rolecall
/// credential_process line becomes the two key lines again), with a warning. The item stays in the vault until `vault remove`.
/// </summary>
internal sealed class VaultExportCommand : ICommand
{
    public string Name => "vault export";

    public string Summary => "write a profile's keys back to ~/.aws/credentials in plain text (with a warning)";

    public string Help => """
        usage: rolecall vault export PROFILE [--backend file|secret-service|pass]

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var backend = context.Arguments.Option("--backend");
        var profile = context.Arguments.Positional() ?? throw UsageException.Custom("vault export needs a PROFILE", "rolecall vault list");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        var item = vault.Backend.Read(profile) ?? throw VaultErrors.NotFound(profile);
        var paths = AwsPaths.From(AwsEnvironment.From(context.Environment));
        CredentialsImport.Restore(paths, new ImportedKeys(profile, item.AccessKeyId, item.SecretAccessKey), VaultProfiles.ProcessLine(profile), context.Time);
        context.Error.WriteLine($"warning: the keys of profile '{profile}' are now in plain text in {paths.CredentialsFile}; anything that reads your home directory can use them");
        context.Error.WriteLine($"hint: `rolecall vault import` moves them back; `rolecall vault remove {profile}` drops the vault copy");
        return Task.FromResult(ExitCodes.Success);
    }
}
