using System.Text.Json;
using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The Identity Center client, created on its first call: every command builds the chain's SSO services, but
/// only SSO profiles use them, and building the HTTP transport up front loads System.Net.Security and its
/// dependencies into every `rolecall env`. It lives beside <see cref="ISsoClient"/> on purpose: implemented in
/// another assembly, the interface's JsonDocument signature would load System.Text.Json to be matched.
/// </summary>
public sealed class LazySsoClient(Func<ISsoClient> create) : ISsoClient
{
    private ISsoClient? _client;

    private ISsoClient Client => _client ??= create();

    public Task<AwsCredentials> GetRoleCredentialsAsync(string region, string accessToken, string accountId, string roleName, CancellationToken cancellation) =>
        Client.GetRoleCredentialsAsync(region, accessToken, accountId, roleName, cancellation);

    public Task<IReadOnlyList<SsoAccount>> ListAccountsAsync(string region, string accessToken, CancellationToken cancellation) =>
        Client.ListAccountsAsync(region, accessToken, cancellation);

    public Task<IReadOnlyList<string>> ListAccountRolesAsync(string region, string accessToken, string accountId, CancellationToken cancellation) =>
        Client.ListAccountRolesAsync(region, accessToken, accountId, cancellation);

    public Task LogoutAsync(string region, string accessToken, CancellationToken cancellation) => Client.LogoutAsync(region, accessToken, cancellation);

    public string AuthorizeEndpoint(string region) => Client.AuthorizeEndpoint(region);

    public Task<JsonDocument> OidcAsync(string operation, string region, string path, Dictionary<string, object?> body, CancellationToken cancellation) =>
        Client.OidcAsync(operation, region, path, body, cancellation);
}
