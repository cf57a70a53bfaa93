using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// `rolecall sso logout`: as `aws sso logout`, every cached access token is revoked at the portal (a token
/// the portal no longer accepts is simply dropped) and deleted, and so are the cached role credentials of
/// the config's SSO profiles.
/// </summary>
internal sealed class SsoLogoutCommand(CredentialServices services) : ICommand
{
    public string Name => "sso logout";

    public string Summary => "revoke and delete cached IAM Identity Center tokens and their role credentials";

    public string Help => """
        usage: rolecall sso logout

        Signs out of every IAM Identity Center session cached in ~/.aws/sso/cache (shared with the AWS CLI
        v2) and removes the SSO role credentials cached in ~/.aws/cli/cache.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        context.Arguments.EnsureConsumed();
        var session = CredentialSession.Open(context, services.StsFactory);
        var sso = session.SsoFor(context);
        foreach (var token in sso.Tokens.ReadAll())
        {
            try
            {
                await sso.Client.LogoutAsync(token.Region, token.AccessToken, cancellation);
            }
            catch (Exception e) when (e is AwsServiceException or HttpRequestException)
            {
                // Already expired or revoked, or the portal is unreachable: the local copy goes either way.
            }
        }

        sso.Tokens.Clear();
        var keys = new List<string>();
        foreach (var name in session.Resolver.Files.Profiles.Keys)
        {
            try
            {
                if (session.Builder.Build(name, profileExplicit: true, includeMetadata: false) is Credentials.Caching.CachingProvider { Inner: SsoProvider profileSso })
                {
                    keys.Add(profileSso.CacheKey);
                }
            }
            catch (RoleCallException)
            {
                // A profile that does not resolve caches nothing to remove.
            }
        }

        session.Cache.Clear(keys);
        return ExitCodes.Success;
    }
}
