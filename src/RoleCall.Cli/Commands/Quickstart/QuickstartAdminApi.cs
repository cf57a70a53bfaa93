using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// The management account administrator's IAM Identity Center calls, as `aws identitystore ...` and
/// `aws sso-admin ...` send them (rolecall has no such commands): JSON 1.1 POSTs with an `X-Amz-Target`,
/// SigV4-signed with the root key for the `identitystore` or `sso` service, over HTTP to the local service.
/// </summary>
internal sealed class QuickstartAdminApi(Uri endpoint, AwsCredentials root, TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = new();

    public Task<JsonNode> IdentityStoreAsync(string operation, JsonObject body, CancellationToken cancellation) =>
        CallAsync("identitystore", "AWSIdentityStore." + operation, body, cancellation);

    public Task<JsonNode> SsoAdminAsync(string operation, JsonObject body, CancellationToken cancellation) =>
        CallAsync("sso", "SWBExternalService." + operation, body, cancellation);

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> CallAsync(string service, string target, JsonObject body, CancellationToken cancellation)
    {
        var payload = Encoding.UTF8.GetBytes(body.ToJsonString());
        var request = new SigV4Request("POST", "/")
            .WithHeader("Host", endpoint.Authority)
            .WithHeader("Content-Type", "application/x-amz-json-1.1")
            .WithHeader("X-Amz-Target", target);
        request.PayloadSha256 = PayloadHash.Of(payload);
        var signature = new SigV4Signer().Sign(request, root, "us-east-1", service, time.GetUtcNow());

        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
        message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        foreach (var (name, value) in signature.HeadersToAdd)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _http.SendAsync(message, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        return response.IsSuccessStatusCode && JsonNode.Parse(text) is { } answer
            ? answer
            : throw new QuickstartStepFailedException($"{target} ({(int)response.StatusCode}: {text})");
    }
}
