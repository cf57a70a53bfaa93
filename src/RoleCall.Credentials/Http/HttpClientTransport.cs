namespace RoleCall.Credentials.Http;

/// <summary>
/// The transport over <see cref="HttpClient"/>: used when a proxy is configured (HttpClient applies
/// HTTPS_PROXY / NO_PROXY as botocore does) and by callers that bring their own handler.
/// </summary>
public sealed class HttpClientTransport(HttpClient http) : IQueryTransport
{
    private readonly HttpClient _http = http ?? throw new ArgumentNullException(nameof(http));

    public async Task<QueryHttpResponse> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = value;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
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
