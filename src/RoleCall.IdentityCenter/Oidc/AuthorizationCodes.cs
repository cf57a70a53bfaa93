using System.Security.Cryptography;
using System.Text;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.Oidc;

/// <summary>
/// OAuth's authorization-code grant with PKCE (RFC 7636, S256 only), as newer AWS CLI v2 releases use it: a
/// client registered with `grantTypes: ["authorization_code", ...]` and its `redirectUris` sends the user's
/// browser to /authorize; once the user allows it there, the browser goes to the redirect URI with a code, which
/// the client redeems once, within <see cref="Lifetime"/>, at /token with the code verifier.
/// </summary>
public sealed class AuthorizationCodes(IIdentityCenterStore store, InstanceDirectory instances, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>RegisterClient: the authorization-code grant needs redirect URIs, each an absolute http(s) URI.</summary>
    public static void CheckRegistration(OidcClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.GrantTypes.Contains("authorization_code") && client.RedirectUris.Count == 0)
        {
            throw OidcErrors.InvalidMetadata("redirectUris are required for the authorization_code grant");
        }

        if (client.RedirectUris.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new Core.Errors.AwsServiceException("InvalidRedirectUriException", "Each redirect URI must be an absolute http or https URI", 400);
        }
    }

    /// <summary>
    /// /authorize's parameters: the client when they are acceptable, else why not. An error here is shown to the
    /// user and never sent to the redirect URI, which is not trusted until it matches the registration.
    /// </summary>
    public (OidcClient? Client, string? Error) Check(string responseType, string clientId, string redirectUri, string challenge, string method)
    {
        var client = store.Find<OidcClient>(clientId);
        return (client, responseType, method) switch
        {
            (null, _, _) => (null, "The application is not registered (unknown client_id)."),
            _ when client.SecretExpiresAt <= clock.GetUtcNow() => (null, "The application's registration has expired."),
            _ when !client.GrantTypes.Contains("authorization_code") => (null, "The application is not registered for the authorization_code grant."),
            _ when !client.RedirectUris.Any(registered => Matches(registered, redirectUri)) => (null, "The redirect_uri is not one the application registered."),
            (_, not "code", _) => (null, "response_type must be code."),
            (_, _, not "S256") => (null, "code_challenge_method must be S256."),
            _ when challenge.Length is < 43 or > 128 => (null, "code_challenge must be the 43-character BASE64URL of the verifier's SHA-256."),
            _ => (client, null),
        };
    }

    /// <summary>A code for the user's approval, to append to the redirect URI.</summary>
    public string Issue(OidcClient client, StoreUser user, string redirectUri, string challenge)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var code = IcIds.Secret();
        store.TryAdd(new AuthorizationCode(IcIds.Hash(code), instances.Instance.InstanceArn, client.Id, user.Id, redirectUri, challenge, clock.GetUtcNow() + Lifetime));
        return code;
    }

    /// <summary>CreateToken's authorization_code grant: the user who allowed the code; invalid_grant for anything amiss.</summary>
    internal string Redeem(OidcClient client, JsonArgs args)
    {
        var code = args.Optional("code") ?? throw OidcErrors.InvalidRequest("code is required for the authorization_code grant");
        var verifier = args.Optional("codeVerifier") ?? throw OidcErrors.InvalidRequest("codeVerifier is required for the authorization_code grant");
        var redirectUri = args.Optional("redirectUri") ?? throw OidcErrors.InvalidRequest("redirectUri is required for the authorization_code grant");
        using (store.EnterWriteScope())
        {
            var grant = store.Find<AuthorizationCode>(IcIds.Hash(code));
            if (grant is null || grant.ClientId != client.Id || grant.Redeemed || grant.ExpiresAt <= clock.GetUtcNow())
            {
                throw OidcErrors.InvalidGrant("Invalid authorization code provided");
            }

            // A code is used once, even by a request that fails the checks below (RFC 6749 4.1.2).
            store.Save(grant with { Redeemed = true });
            if (grant.RedirectUri != redirectUri || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Challenge(verifier)), Encoding.ASCII.GetBytes(grant.CodeChallenge)))
            {
                throw OidcErrors.InvalidGrant("The code verifier or redirect URI does not match the authorization request");
            }

            return grant.UserId;
        }
    }

    /// <summary>S256: BASE64URL(SHA-256(ASCII(verifier))) without padding.</summary>
    public static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Exact match, or for a loopback registration the same URI on any port (RFC 8252 7.3).</summary>
    private static bool Matches(string registered, string requested)
    {
        if (registered == requested)
        {
            return true;
        }

        return Uri.TryCreate(registered, UriKind.Absolute, out var r) && Uri.TryCreate(requested, UriKind.Absolute, out var q)
            && r.IsLoopback && q.IsLoopback && r.Scheme == q.Scheme && r.Host == q.Host && r.AbsolutePath == q.AbsolutePath && r.Query == q.Query;
    }
}
