using System.Net;
using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// EC2 instance metadata (IMDSv2): PUT a session token, GET the role name, GET its credentials.
/// A 403 on the token means IMDS is disabled on the instance; no role name means no role is attached.
/// Server errors are retried (three tries, as the SDKs' default IMDS client does).
/// </summary>
public sealed class InstanceMetadataProvider(Uri endpoint, HttpMessageHandler handler) : ICredentialProvider
{
    private const string Source = "EC2 instance metadata service";
    private const string CredentialsPath = "latest/meta-data/iam/security-credentials/";

    public Uri Endpoint { get; } = endpoint;

    public string Method => "iam-role";

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(1), BaseAddress = Endpoint };
        var token = await SendAsync(client, HttpMethod.Put, "latest/api/token", null, cancellation);
        if (token.Status == HttpStatusCode.Forbidden)
        {
            throw CredentialErrors.EndpointFailed(Source, "request forbidden: IMDS is disabled on this instance");
        }

        var tokenValue = token.Status == HttpStatusCode.OK ? token.Body : null;
        var role = await SendAsync(client, HttpMethod.Get, CredentialsPath, tokenValue, cancellation);
        var roleName = role.Status == HttpStatusCode.OK ? role.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() : null;
        if (string.IsNullOrEmpty(roleName))
        {
            throw CredentialErrors.EndpointFailed(Source, "no IAM role is attached to this instance");
        }

        var credentials = await SendAsync(client, HttpMethod.Get, CredentialsPath + roleName, tokenValue, cancellation);
        return credentials.Status == HttpStatusCode.OK
            ? MetadataCredentialsParser.Parse(Source, credentials.Body)
            : throw CredentialErrors.EndpointFailed(Source, $"HTTP {(int)credentials.Status} for role {roleName}");
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? token, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (method == HttpMethod.Put)
            {
                request.Headers.TryAddWithoutValidation("x-aws-ec2-metadata-token-ttl-seconds", "21600");
            }
            else if (token is not null)
            {
                request.Headers.TryAddWithoutValidation("x-aws-ec2-metadata-token", token);
            }

            using var response = await client.SendAsync(request, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            if ((int)response.StatusCode < 500 || attempt == 3)
            {
                return (response.StatusCode, body);
            }
        }
    }
}
