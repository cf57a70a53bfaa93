using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Sso;

namespace RoleCall.Credentials.Tests.Sso;

/// <summary>SSO OIDC at the level of its JSON answers: RegisterClient and CreateToken succeed; every call is recorded.</summary>
internal sealed class RecordingSsoClient : ISsoClient
{
    private int _clients;

    public List<(string Operation, Dictionary<string, object?> Body)> Calls { get; } = [];

    public string AuthorizeEndpoint(string region) => $"https://oidc.{region}.amazonaws.com/authorize";

    public Task<JsonDocument> OidcAsync(string operation, string region, string path, Dictionary<string, object?> body, CancellationToken cancellation)
    {
        Calls.Add((operation, body));
        var answer = operation switch
        {
            "RegisterClient" => $$"""{"clientId":"client-{{++_clients}}","clientSecret":"secret","clientIdIssuedAt":1,"clientSecretExpiresAt":{{DateTimeOffset.UtcNow.AddDays(90).ToUnixTimeSeconds()}}}""",
            "CreateToken" => """{"accessToken":"access","tokenType":"Bearer","expiresIn":28800,"refreshToken":"refresh"}""",
            _ => throw new InvalidOperationException(operation),
        };
        return Task.FromResult(JsonDocument.Parse(answer));
    }

    public Task<AwsCredentials> GetRoleCredentialsAsync(string region, string accessToken, string accountId, string roleName, CancellationToken cancellation) => throw new NotSupportedException();

    public Task<IReadOnlyList<SsoAccount>> ListAccountsAsync(string region, string accessToken, CancellationToken cancellation) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListAccountRolesAsync(string region, string accessToken, string accountId, CancellationToken cancellation) => throw new NotSupportedException();

    public Task LogoutAsync(string region, string accessToken, CancellationToken cancellation) => throw new NotSupportedException();
}
