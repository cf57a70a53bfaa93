using RoleCall.Core.Identity;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// The ECS / EKS Pod Identity credentials endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on
/// 169.254.170.2) or _FULL_URI, with AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE) as the Authorization header.
/// The token file is read on each call (the platform rotates it).
/// </summary>
public sealed class ContainerProvider(Uri endpoint, string? authorizationToken, string? authorizationTokenFile, HttpMessageHandler handler) : ICredentialProvider
{
    public Uri Endpoint { get; } = endpoint;

    public string Method => "container-role";

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Endpoint);
        var token = authorizationToken;
        if (authorizationTokenFile is not null)
        {
            try
            {
                token = (await File.ReadAllTextAsync(authorizationTokenFile, cancellation)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CredentialErrors.EndpointFailed("container credentials endpoint", $"cannot read {authorizationTokenFile}: {SystemFailureText.Of(e)}");
            }
        }

        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(2) };
        using var response = await client.SendAsync(request, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        return response.IsSuccessStatusCode
            ? MetadataCredentialsParser.Parse("container credentials endpoint", body)
            : throw CredentialErrors.EndpointFailed("container credentials endpoint", $"HTTP {(int)response.StatusCode}");
    }
}
