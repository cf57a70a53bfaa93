using System.Net.Http.Headers;
using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// An AWS Query protocol client for one endpoint: form-encoded POSTs signed with SigV4 (header
/// authorization, session token signed), responses read by shape. Retries throttling and transient faults
/// (standard mode), corrects the clock from the response `Date` when the service says the signature is
/// expired or not yet current, and raises service errors as <see cref="AwsServiceException"/> with
/// Operation set. Thread-safe; share one <see cref="HttpClient"/> (see <see cref="QueryHttp"/>).
/// </summary>
public sealed class QueryClient
{
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private readonly HttpClient _http;
    private readonly QueryClientOptions _options;

    public QueryClient(HttpClient http, ServiceEndpoint endpoint, QueryClientOptions? options = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _options = options ?? QueryClientOptions.Default;
    }

    public ServiceEndpoint Endpoint { get; }

    /// <summary>
    /// Sends <paramref name="parameters"/> (built for <paramref name="action"/>) and reads the result by
    /// <paramref name="resultShape"/>. <paramref name="credentials"/> null sends the request unsigned
    /// (AssumeRoleWithWebIdentity).
    /// </summary>
    public async Task<QueryResponse> SendAsync(string action, QueryParameterBuilder parameters, StructureShape resultShape,
        AwsCredentials? credentials, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = Encoding.UTF8.GetBytes(parameters.ToFormBody());
        var retry = _options.Retry;
        var skewCorrected = false;
        for (var attempt = 1; ; attempt++)
        {
            AwsServiceException error;
            try
            {
                using var request = BuildRequest(body, credentials);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellation);
                var text = await response.Content.ReadAsStringAsync(cancellation);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return ReadSuccess(text, action, resultShape, status);
                }

                var headerRequestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
                error = QueryXmlReader.ReadError(text, status, action, headerRequestId);
                if (!skewCorrected && RetryClassifier.IsClockSkew(error) && response.Headers.Date is { } serverTime && attempt < retry.MaxAttempts)
                {
                    // Re-sign at once with the service's idea of now; a second skew error is final.
                    _options.Skew.Set(serverTime - _options.Time.GetUtcNow());
                    skewCorrected = true;
                    continue;
                }
            }
            catch (Exception ex) when (IsConnectionFailure(ex, cancellation))
            {
                if (attempt >= retry.MaxAttempts)
                {
                    throw ServiceCallException.ConnectionFailed(Endpoint.Url, attempt, ex);
                }

                await retry.Delay(retry.BackoffAfter(attempt), cancellation);
                continue;
            }

            if (attempt >= retry.MaxAttempts || !RetryClassifier.IsRetryable(error))
            {
                throw error;
            }

            await retry.Delay(retry.BackoffAfter(attempt), cancellation);
        }
    }

    private HttpRequestMessage BuildRequest(byte[] body, AwsCredentials? credentials)
    {
        var url = Endpoint.Url;
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", FormContentType);
        // Sign exactly the Host HttpClient will send: host, plus the port when it is not the scheme's default.
        var host = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";
        request.Headers.Host = host;
        if (credentials is not null)
        {
            var signing = new SigV4Request("POST", url.AbsolutePath) { PayloadSha256 = PayloadHash.Of(body) }
                .WithHeader("Host", host)
                .WithHeader("Content-Type", FormContentType);
            var now = _options.Time.GetUtcNow() + _options.Skew.Offset;
            var signature = _options.Signer.Sign(signing, credentials, Endpoint.SigningRegion, Endpoint.SigningService, now);
            foreach (var (name, value) in signature.HeadersToAdd)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        // Added after signing and never signed, as botocore does: proxies may rewrite it.
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(new ProductHeaderValue("rolecall", "1.0")));
        return request;
    }

    private QueryResponse ReadSuccess(string text, string action, StructureShape shape, int status)
    {
        try
        {
            return QueryXmlReader.ReadSuccess(text, action, shape);
        }
        catch (FormatException ex)
        {
            throw ServiceCallException.UnreadableResponse(Endpoint.Url, action, status, ex);
        }
    }

    // Connection refused/reset, DNS failure, or HttpClient's own timeout (a cancellation the caller did not ask for).
    private static bool IsConnectionFailure(Exception ex, CancellationToken cancellation) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellation.IsCancellationRequested);
}
