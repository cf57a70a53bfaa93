namespace RoleCall.Credentials.Http;

/// <summary>
/// Sends one Query POST and returns the whole answer. <see cref="Sts.QueryClient"/> signs, retries and reads
/// the XML; a transport only moves bytes. Connection failures and timeouts surface as
/// <see cref="HttpRequestException"/> (the query client retries them), caller cancellation as
/// <see cref="OperationCanceledException"/>.
/// </summary>
public interface IQueryTransport
{
    /// <param name="url">The endpoint (scheme, host, port, path).</param>
    /// <param name="headers">Every header to send except Content-Length, including Host.</param>
    /// <param name="body">The form-encoded body.</param>
    /// <param name="cancellation">Aborts the call.</param>
    Task<QueryHttpResponse> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation);

    /// <summary>
    /// Sends any method to <paramref name="pathAndQuery"/> on <paramref name="url"/>'s scheme, host and port,
    /// with the path exactly as given: S3 keys such as `a/../b` or `a//b` must reach the service unnormalized
    /// (System.Uri would collapse them). A HEAD answer has no body.
    /// </summary>
    /// <param name="method">GET, PUT, POST, DELETE or HEAD.</param>
    /// <param name="url">The endpoint; only its scheme, host and port are used.</param>
    /// <param name="pathAndQuery">The percent-encoded path and query, starting with `/`.</param>
    /// <param name="headers">Every header to send except Content-Length, including Host.</param>
    /// <param name="body">The body (empty for none).</param>
    /// <param name="cancellation">Aborts the call.</param>
    Task<QueryHttpResponse> SendAsync(string method, Uri url, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation);
}
