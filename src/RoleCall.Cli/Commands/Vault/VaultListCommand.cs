using System.Globalization;
using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Caching;
using RoleCall.Vault;
using RoleCall.Vault.File;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `rolecall vault list`: one line per profile in the vault (masked key ID, backend, when added or rotated,
/// and whether a role profile sourced from it, or its own MFA session, has a fresh session cached). Never asks for a passphrase.
/// </summary>
internal sealed class VaultListCommand(CredentialServices services) : ICommand
{
    public string Name => "vault list";

    public string Summary => "list the profiles in the vault (masked key IDs, no passphrase needed)";

    public string Help => """
        usage: rolecall vault list [--backend file|secret-service|pass]

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var backend = context.Arguments.Option("--backend");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        var entries = vault.Backend.List().Where(e => !ItemNames.IsSession(e.Name)).ToList();
        var sessions = CachedSessionProfiles(context, vault);
        await context.Out.WriteLineAsync("PROFILE\tKEY ID\tBACKEND\tUPDATED\tSESSION");
        foreach (var entry in entries)
        {
            var updated = entry.Updated == DateTimeOffset.MinValue ? "-" : entry.Updated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var session = sessions.TryGetValue(entry.Name, out var roles) ? "cached (" + string.Join(", ", roles) + ")" : "-";
            await context.Out.WriteLineAsync($"{entry.Name}\t{entry.MaskedKeyId}\t{vault.Backend.Name}\t{updated}\t{session}");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Source profile -> the role profiles over it whose session is cached (AWS CLI cache or vault) and fresh,
    /// plus the profile itself when its own MFA session (mfa_serial without a role) is.
    /// </summary>
    private Dictionary<string, List<string>> CachedSessionProfiles(CommandContext context, VaultAccess vault)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        CredentialSession session;
        try
        {
            session = CredentialSession.Open(context, services.StsFactory, "default");
        }
        catch (RoleCallException)
        {
            return result;
        }

        foreach (var (name, section) in session.Resolver.Files.Profiles)
        {
            // A role's session shows on its source profile's line; a vault user's own MFA session on its own.
            var source = section.Get("role_arn") is null ? (section.Get("mfa_serial") is null ? null : name) : section.Get("source_profile");
            if (source is null)
            {
                continue;
            }

            try
            {
                var key = session.Builder.Build(name, profileExplicit: true, includeMetadata: false) switch
                {
                    CachingProvider cached => cached.Inner.CacheKey,
                    VaultCachingProvider cached => cached.Inner.CacheKey,
                    _ => null,
                };
                var fresh = key is not null && (session.Cache.TryRead(key)?.Credentials.Expiration ?? ReadVaultExpiration(context, vault, key)) > context.Time.GetUtcNow();
                if (fresh)
                {
                    (result.TryGetValue(source, out var roles) ? roles : result[source] = []).Add(name);
                }
            }
            catch (RoleCallException)
            {
                // A profile that does not resolve has no session to show.
            }
        }

        return result;
    }

    /// <summary>
    /// When a session kept in the vault expires, read whenever that needs no prompt: a keyring or pass backend,
    /// the agent holding the file vault's key, or a passphrase given in the environment. A locked file vault
    /// with nobody to ask can only say that the session is there, and `list` never prompts: it counts as cached.
    /// </summary>
    private static DateTimeOffset? ReadVaultExpiration(CommandContext context, VaultAccess vault, string key)
    {
        var name = ItemNames.Session(key);
        if (!vault.Backend.Contains(name))
        {
            return null;
        }

        var locked = vault.Backend is FileBackend && vault.Agent.Key(vault.Directory) is null
            && !context.Environment.ContainsKey(PassphraseSource.Variable) && !context.Environment.ContainsKey(PassphraseSource.CommandVariable);
        try
        {
            return locked ? DateTimeOffset.MaxValue : vault.Backend.Read(name)?.Expiration ?? DateTimeOffset.MaxValue;
        }
        catch (VaultException)
        {
            // A damaged session item is no cached session; `env` reports it by name.
            return null;
        }
    }
}
