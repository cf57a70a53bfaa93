using System.Collections.Concurrent;
using Amazon.Runtime;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// An HttpClient factory for the AWS SDK for .NET that notes each request's method, path and
/// `x-amz-content-sha256`, so a test can tell which payload signing mode the SDK really used.
/// </summary>
internal sealed class WireRecorder : HttpClientFactory
{
    private readonly ConcurrentQueue<(string Method, string Path, string? PayloadMode)> _sent = new();

    public string? PayloadModeOf(string method, string pathPrefix) =>
        _sent.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).Select(r => r.PayloadMode).Single();

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Recording(this, new HttpClientHandler()));

    private sealed class Recording(WireRecorder owner, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var mode = request.Headers.TryGetValues("x-amz-content-sha256", out var values) ? values.FirstOrDefault() : null;
            owner._sent.Enqueue((request.Method.Method, Uri.UnescapeDataString(request.RequestUri!.AbsolutePath), mode));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
