using System.Text.Json;
using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Sso;

/// <summary>What the SSO provider and `rolecall sso` ask of IAM Identity Center (tests swap it for a fake).</summary>
public interface ISsoClient
{
    /// <summary>The portal's GetRoleCredentials for an access token.</summary>
    Task<AwsCredentials> GetRoleCredentialsAsync(string region, string accessToken, string accountId, string roleName, CancellationToken cancellation);

    /// <summary>The portal's ListAccounts, every page of it.</summary>
    Task<IReadOnlyList<SsoAccount>> ListAccountsAsync(string region, string accessToken, CancellationToken cancellation);

    /// <summary>The portal's ListAccountRoles for one account, every page of it: the role (permission set) names.</summary>
    Task<IReadOnlyList<string>> ListAccountRolesAsync(string region, string accessToken, string accountId, CancellationToken cancellation);

    /// <summary>The portal's Logout: the token stops working.</summary>
    Task LogoutAsync(string region, string accessToken, CancellationToken cancellation);

    /// <summary>OIDC's /authorize page for the authorization-code grant (the OIDC endpoint's scheme and host, as botocore derives it).</summary>
    string AuthorizeEndpoint(string region);

    /// <summary>One SSO OIDC call (`/client/register`, `/device_authorization`, `/token`) with a JSON body; null members are left out.</summary>
    Task<JsonDocument> OidcAsync(string operation, string region, string path, Dictionary<string, object?> body, CancellationToken cancellation);
}
