namespace RoleCall.Credentials.Tests.Support;

/// <summary>An HTTP handler that fails every request: tests that must not reach the network use it.</summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new HttpRequestException($"no network in this test ({request.Method} {request.RequestUri})");
}
