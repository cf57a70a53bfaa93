using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// An AWS Query protocol client for one endpoint: form-encoded POSTs signed with SigV4 (header
/// authorization, session token signed), responses read by shape. Retries throttling and transient faults
/// (standard mode), corrects the clock from the response `Date` when the service says the signature is
/// expired or not yet current, and raises service errors as <see cref="AwsServiceException"/> with
/// Operation set. Bytes move through an <see cref="IQueryTransport"/> (see <see cref="QueryTransports"/>).
/// </summary>
public sealed class QueryClient
{
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private const string UserAgent = "rolecall/1.0";
    private readonly IQueryTransport _transport;
    private readonly QueryClientOptions _options;

    public QueryClient(HttpClient http, ServiceEndpoint endpoint, QueryClientOptions? options = null)
        : this(new HttpClientTransport(http), endpoint, options)
    {
    }

    public QueryClient(IQueryTransport transport, ServiceEndpoint endpoint, QueryClientOptions? options = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _options = options ?? QueryClientOptions.Default;
    }

    public ServiceEndpoint Endpoint { get; }

    /// <summary>
    /// Sends <paramref name="parameters"/> (built for <paramref name="action"/>) and reads the result by
    /// <paramref name="resultShape"/>. <paramref name="credentials"/> null sends the request unsigned
    /// (AssumeRoleWithWebIdentity).
    /// </summary>
    public Task<QueryResponse> SendAsync(string action, QueryParameterBuilder parameters, StructureShape resultShape,
        AwsCredentials? credentials, CancellationToken cancellation = default) =>
        SendAsync(action, parameters, body => QueryXmlReader.ReadSuccess(body, action, resultShape), credentials, cancellation);

    /// <summary>
    /// Sends <paramref name="parameters"/> and reads a success body with <paramref name="readSuccess"/> (the
    /// protocol's reader: IAM/STS Query, or EC2's). Errors, retries and clock-skew correction as above; both
    /// protocols' error bodies are read by <see cref="QueryXmlReader.ReadError"/>.
    /// </summary>
    public async Task<QueryResponse> SendAsync(string action, QueryParameterBuilder parameters, Func<string, QueryResponse> readSuccess,
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
                var response = await _transport.PostAsync(Endpoint.Url, Headers(body, credentials), body, cancellation);
                if (response.IsSuccess)
                {
                    return ReadSuccess(response.Body, action, readSuccess, response.Status);
                }

                error = QueryXmlReader.ReadError(response.Body, response.Status, action, response.RequestId);
                if (!skewCorrected && RetryClassifier.IsClockSkew(error) && response.Date is { } serverTime && attempt < retry.MaxAttempts)
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

    private List<KeyValuePair<string, string>> Headers(byte[] body, AwsCredentials? credentials)
    {
        var url = Endpoint.Url;
        // Sign exactly the Host the transport sends: host, plus the port when it is not the scheme's default.
        var host = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";
        var headers = new List<KeyValuePair<string, string>>(6) { new("Host", host), new("Content-Type", FormContentType) };
        if (credentials is not null)
        {
            var signing = new SigV4Request("POST", url.AbsolutePath) { PayloadSha256 = PayloadHash.Of(body) }
                .WithHeader("Host", host)
                .WithHeader("Content-Type", FormContentType);
            var now = _options.Time.GetUtcNow() + _options.Skew.Offset;
            var signature = _options.Signer.Sign(signing, credentials, Endpoint.SigningRegion, Endpoint.SigningService, now);
            foreach (var (name, value) in signature.HeadersToAdd)
            {
                headers.Add(new(name, value));
            }
        }

        // Added after signing and never signed, as botocore does: proxies may rewrite it.
        headers.Add(new("User-Agent", UserAgent));
        return headers;
    }

    private QueryResponse ReadSuccess(string text, string action, Func<string, QueryResponse> read, int status)
    {
        try
        {
            return read(text);
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
