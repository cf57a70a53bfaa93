using System.Globalization;
using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Config.Editing;
using RoleCall.Core.Errors;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `rolecall vault import [--dry-run]`: every long-term key in the credentials file goes into the vault, and
/// each moved profile gets `credential_process = rolecall credential-process --profile NAME` so the AWS CLI and
/// SDKs keep working. Order matters for a crash: keys are stored first, then the 0600 backup, then the file
/// is replaced atomically, so a killed import leaves the old file (keys also in the vault) or the new one.
/// </summary>
internal sealed class VaultImportCommand : ICommand
{
    public string Name => "vault import";

    public string Summary => "move every long-term key in ~/.aws/credentials into the vault (--dry-run shows the diff)";

    public string Help => """
        usage: rolecall vault import [--dry-run] [--backend file|secret-service|pass]

        Comments and every other line stay; the original is kept as
        ~/.local/share/rolecall/backups/credentials.TIME (0600, outside ~/.aws).
        Secrets in --dry-run's diff are masked.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var dryRun = context.Arguments.Flag("--dry-run");
        var backend = context.Arguments.Option("--backend");
        context.Arguments.EnsureConsumed();
        var paths = AwsPaths.From(AwsEnvironment.From(context.Environment));
        var plan = CredentialsImport.Plan(paths, VaultProfiles.ProcessLine);
        if (plan.Moved.Count == 0)
        {
            context.Error.WriteLine($"no long-term keys to import in {plan.Path}");
            return Task.FromResult(ExitCodes.Success);
        }

        if (dryRun)
        {
            context.Out.Write(LineDiff.Render(plan.Original, plan.Updated, plan.Path, plan.Path + " (after import)"));
            return Task.FromResult(ExitCodes.Success);
        }

        var vault = VaultAccess.Open(context, backend);
        var now = context.Time.GetUtcNow();
        foreach (var keys in plan.Moved)
        {
            vault.Backend.Write(keys.Profile, new VaultItem(keys.AccessKeyId, keys.SecretAccessKey, null, null, now));
        }

        // The backup holds the plain keys, so it lives beside the vault (0700), never in ~/.aws where other tools look.
        var backups = Path.Combine(Path.GetDirectoryName(vault.Directory)!, "backups");
        RoleCall.Vault.File.SecureFiles.EnsureDirectory(backups);
        var backup = Path.Combine(backups, "credentials." + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        CredentialsImport.Commit(plan, backup, context.Time);
        foreach (var keys in plan.Moved)
        {
            context.Error.WriteLine($"moved profile '{keys.Profile}' ({VaultItem.Mask(keys.AccessKeyId)}) into the {vault.Backend.Name} vault");
        }

        context.Error.WriteLine($"the original is in {backup} (0600); delete it once everything works");
        return Task.FromResult(ExitCodes.Success);
    }
}
