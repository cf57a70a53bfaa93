using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The two IAM Identity Center APIs a client calls, unsigned REST-JSON over the project's transport: the
/// portal (`x-amz-sso_bearer_token`) and SSO OIDC. Errors become <see cref="AwsServiceException"/>s with
/// the exception type as code (OIDC's OAuth `error` mapped back to it), as the AWS CLI names them.
/// </summary>
public sealed class SsoHttpClient(IQueryTransport transport, SsoEndpoints endpoints) : ISsoClient
{
    private static readonly Dictionary<string, string> OidcCodes = new(StringComparer.Ordinal)
    {
        ["authorization_pending"] = "AuthorizationPendingException",
        ["slow_down"] = "SlowDownException",
        ["expired_token"] = "ExpiredTokenException",
        ["access_denied"] = "AccessDeniedException",
        ["invalid_grant"] = "InvalidGrantException",
        ["invalid_client"] = "InvalidClientException",
        ["unsupported_grant_type"] = "UnsupportedGrantTypeException",
        ["invalid_request"] = "InvalidRequestException",
    };

    public async Task<AwsCredentials> GetRoleCredentialsAsync(string region, string accessToken, string accountId, string roleName, CancellationToken cancellation)
    {
        var path = $"/federation/credentials?role_name={PercentEncoding.Encode(roleName)}&account_id={PercentEncoding.Encode(accountId)}";
        using var json = await SendAsync("GetRoleCredentials", "GET", endpoints.Portal(region), path, accessToken, null, cancellation);
        var credentials = json.RootElement.GetProperty("roleCredentials");
        return new AwsCredentials(
            credentials.GetProperty("accessKeyId").GetString()!,
            credentials.GetProperty("secretAccessKey").GetString()!,
            credentials.GetProperty("sessionToken").GetString(),
            DateTimeOffset.FromUnixTimeMilliseconds(credentials.GetProperty("expiration").GetInt64()),
            accountId);
    }

    public async Task<IReadOnlyList<SsoAccount>> ListAccountsAsync(string region, string accessToken, CancellationToken cancellation)
    {
        var accounts = new List<SsoAccount>();
        await PagesAsync("ListAccounts", region, accessToken, "/assignment/accounts?", "accountList", item => accounts.Add(new SsoAccount(
            item.GetProperty("accountId").GetString()!, Optional(item, "accountName"), Optional(item, "emailAddress"))), cancellation);
        return accounts;
    }

    public async Task<IReadOnlyList<string>> ListAccountRolesAsync(string region, string accessToken, string accountId, CancellationToken cancellation)
    {
        var roles = new List<string>();
        await PagesAsync("ListAccountRoles", region, accessToken, $"/assignment/roles?account_id={Uri.EscapeDataString(accountId)}&", "roleList",
            item => roles.Add(item.GetProperty("roleName").GetString()!), cancellation);
        return roles;
    }

    public async Task LogoutAsync(string region, string accessToken, CancellationToken cancellation)
    {
        using var _ = await SendAsync("Logout", "POST", endpoints.Portal(region), "/logout", accessToken, "", cancellation);
    }

    public string AuthorizeEndpoint(string region) => endpoints.Oidc(region).GetLeftPart(UriPartial.Authority) + "/authorize";

    public async Task<JsonDocument> OidcAsync(string operation, string region, string path, Dictionary<string, object?> body, CancellationToken cancellation) =>
        await SendAsync(operation, "POST", endpoints.Oidc(region), path, null, JsonSerializer.Serialize(body.Where(p => p.Value is not null).ToDictionary()), cancellation);

    /// <summary>Follows `nextToken` (the query's `next_token`) until the last page, handing each list item to <paramref name="add"/>.</summary>
    private async Task PagesAsync(string operation, string region, string accessToken, string pathAndQuery, string list, Action<JsonElement> add, CancellationToken cancellation)
    {
        string? next = null;
        do
        {
            var path = pathAndQuery + (next is null ? "" : $"next_token={Uri.EscapeDataString(next)}&") + "max_result=100";
            using var json = await SendAsync(operation, "GET", endpoints.Portal(region), path, accessToken, null, cancellation);
            if (json.RootElement.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    add(item);
                }
            }

            next = Optional(json.RootElement, "nextToken");
        }
        while (next is not null);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<JsonDocument> SendAsync(string operation, string method, Uri endpoint, string path, string? token, string? body, CancellationToken cancellation)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", endpoint.IsDefaultPort ? endpoint.IdnHost : $"{endpoint.IdnHost}:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}"),
            new("User-Agent", "rolecall"),
            new("Accept", "application/json"),
        };
        if (token is not null)
        {
            headers.Add(new("x-amz-sso_bearer_token", token));
        }

        if (body is not null)
        {
            headers.Add(new("Content-Type", "application/json"));
        }

        var prefix = endpoint.AbsolutePath.TrimEnd('/');
        var response = await transport.SendAsync(method, endpoint, prefix + path, headers, Encoding.UTF8.GetBytes(body ?? ""), cancellation);
        var document = response.Body.Length == 0 ? JsonDocument.Parse("{}") : ParseOrThrow(operation, endpoint, response);
        if (!response.IsSuccess)
        {
            using (document)
            {
                throw Error(operation, response, document.RootElement);
            }
        }

        return document;
    }

    private static JsonDocument ParseOrThrow(string operation, Uri endpoint, QueryHttpResponse response)
    {
        try
        {
            return JsonDocument.Parse(response.Body);
        }
        catch (JsonException e)
        {
            throw Sts.ServiceCallException.UnreadableResponse(endpoint, operation, response.Status, e);
        }
    }

    private static AwsServiceException Error(string operation, QueryHttpResponse response, JsonElement body)
    {
        string? Text(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var code = Text("__type") is { } type ? type[(type.LastIndexOf('#') + 1)..]
            : Text("error") is { } oauth ? OidcCodes.GetValueOrDefault(oauth, oauth)
            : response.Status switch { 401 => "UnauthorizedException", 403 => "ForbiddenException", 429 => "TooManyRequestsException", _ => "InvalidRequestException" };
        var message = Text("message") ?? Text("Message") ?? Text("error_description") ?? "";
        return new AwsServiceException(code, message, response.Status, requestId: response.RequestId) { Operation = operation };
    }
}
