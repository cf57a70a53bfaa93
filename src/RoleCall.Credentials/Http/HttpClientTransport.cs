namespace RoleCall.Credentials.Http;

/// <summary>
/// The transport over <see cref="HttpClient"/>: used when a proxy is configured (HttpClient applies
/// HTTPS_PROXY / NO_PROXY as botocore does) and by callers that bring their own handler.
/// </summary>
public sealed class HttpClientTransport(HttpClient http) : IQueryTransport
{
    private readonly HttpClient _http = http ?? throw new ArgumentNullException(nameof(http));

    public Task<QueryHttpResponse> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation) =>
        SendAsync(HttpMethod.Post, url, headers, body, cancellation);

    public Task<QueryHttpResponse> SendAsync(string method, Uri url, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        // The path goes out as given (no dot-segment removal, no re-escaping): S3 keys are not paths.
        var raw = new Uri(url.GetLeftPart(UriPartial.Authority) + pathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        return SendAsync(new HttpMethod(method), raw, headers, body, cancellation);
    }

    private async Task<QueryHttpResponse> SendAsync(HttpMethod method, Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(method, url) { Content = body.Length == 0 && method != HttpMethod.Post ? null : new ByteArrayContent(body) };
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = value;
            }
            else if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        return new QueryHttpResponse((int)response.StatusCode, text, requestId, response.Headers.Date);
    }
}
