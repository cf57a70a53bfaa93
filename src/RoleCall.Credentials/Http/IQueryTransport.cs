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
}
