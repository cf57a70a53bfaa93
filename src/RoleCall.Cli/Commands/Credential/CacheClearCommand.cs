using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>`rolecall cache clear [--profile P]`: forget cached sessions (all, or those a profile's chain uses).</summary>
internal sealed class CacheClearCommand(CredentialServices services) : ICommand
{
    public string Name => "cache clear";

    public string Summary => "delete cached sessions in ~/.aws/cli/cache (all, or one profile's)";

    public string Help => """
        usage: rolecall cache clear [--profile P]

        Without --profile every entry in ~/.aws/cli/cache goes (the cache is shared with the AWS CLI).
        With --profile only the sessions that profile's chain uses (its role and any MFA session).

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        context.Arguments.EnsureConsumed();
        FileCredentialCache cache;
        int removed;
        if (context.Globals.Profile is null)
        {
            // Everything goes, so no profile is resolved: a stale AWS_PROFILE must not stand in the way.
            var paths = AwsPaths.From(AwsEnvironment.From(context.Environment));
            cache = new FileCredentialCache(paths.CliCacheDirectory, warning => context.Error.WriteLine($"rolecall: {warning}"));
            removed = cache.Clear();
        }
        else
        {
            var session = CredentialSession.Open(context, services.StsFactory);
            var keys = new List<string>();
            CollectKeys(session.Provider(), keys);
            cache = session.Cache;
            removed = cache.Clear(keys);
        }

        context.Error.WriteLine($"removed {removed} cached session{(removed == 1 ? string.Empty : "s")} from {cache.Directory}");
        return Task.FromResult(ExitCodes.Success);
    }

    private static void CollectKeys(ICredentialProvider provider, List<string> keys)
    {
        switch (provider)
        {
            case CachingProvider cached:
                keys.Add(cached.Inner.CacheKey);
                CollectKeys(cached.Inner, keys);
                break;
            case AssumeRoleProvider role:
                CollectKeys(role.Source, keys);
                break;
            case SessionTokenProvider token:
                CollectKeys(token.Source, keys);
                break;
            case NamedSourceProvider named:
                CollectKeys(named.Inner, keys);
                break;
            case MetadataFallbackProvider fallback:
                CollectKeys(fallback.Inner, keys);
                break;
        }
    }
}
