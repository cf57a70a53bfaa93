using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;
using RoleCall.Protocol.RestXml;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Credentials.S3;

/// <summary>
/// A REST-XML client for S3: requests addressed as the AWS CLI addresses them (<see cref="S3Addressing"/>),
/// signed with SigV4 the S3 way (path neither normalized nor double-encoded, `x-amz-content-sha256` sent and
/// signed), retried and clock-corrected as <see cref="QueryClient"/> does, and answered either with the body
/// or with an <see cref="AwsServiceException"/> read from S3's error XML.
/// </summary>
public sealed class S3Client
{
    private static readonly SigV4Options S3Signing = new() { NormalizePath = false, DoubleEncodePath = false, AddContentSha256Header = true };
    private readonly IQueryTransport _transport;
    private readonly QueryClientOptions _options;

    public S3Client(IQueryTransport transport, ServiceEndpoint endpoint, QueryClientOptions? options = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _options = options ?? QueryClientOptions.Default;
    }

    public ServiceEndpoint Endpoint { get; }

    public async Task<IReadOnlyList<S3BucketSummary>> ListBucketsAsync(AwsCredentials credentials, CancellationToken cancellation = default)
    {
        var body = await SendAsync(S3Call.Get("ListBuckets", null), credentials, cancellation);
        return Read(() => ListBucketsResultReader.Read(body), "ListBuckets");
    }

    /// <summary>One page; keys come back URL-encoded on the wire (`encoding-type=url`, as the AWS CLI asks) and decoded here.</summary>
    public async Task<ListObjectsV2Page> ListObjectsV2Async(AwsCredentials credentials, ListObjectsV2Request request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(S3Call.Get("ListObjectsV2", request.Bucket, request.Query), credentials, cancellation);
        return Read(() => ListObjectsV2ResultReader.Read(body), "ListObjectsV2");
    }

    /// <summary>CreateBucket; outside us-east-1 the body names the region, as the AWS CLI's `s3 mb` sends it.</summary>
    public Task CreateBucketAsync(AwsCredentials credentials, string bucket, string? locationConstraint, CancellationToken cancellation = default) =>
        SendAsync(new S3Call("CreateBucket", "PUT", bucket, null, "", CreateBucketConfigurationWriter.Write(locationConstraint)), credentials, cancellation);

    public Task DeleteBucketAsync(AwsCredentials credentials, string bucket, CancellationToken cancellation = default) =>
        SendAsync(new S3Call("DeleteBucket", "DELETE", bucket, null, "", []), credentials, cancellation);

    public Task DeleteObjectAsync(AwsCredentials credentials, string bucket, string key, CancellationToken cancellation = default) =>
        SendAsync(new S3Call("DeleteObject", "DELETE", bucket, key, "", []), credentials, cancellation);

    private async Task<string> SendAsync(S3Call call, AwsCredentials credentials, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var (url, path) = S3Addressing.For(Endpoint, call.Bucket, call.Key, call.Query);
        var retry = _options.Retry;
        var skewCorrected = false;
        for (var attempt = 1; ; attempt++)
        {
            AwsServiceException error;
            try
            {
                var response = await _transport.SendAsync(call.Method, url, path, Headers(call, url, path, credentials), call.Body, cancellation);
                if (response.IsSuccess)
                {
                    return response.Body;
                }

                error = S3ErrorReader.Read(response.Body, response.Status, call.Operation, response.RequestId);
                if (!skewCorrected && RetryClassifier.IsClockSkew(error) && response.Date is { } serverTime && attempt < retry.MaxAttempts)
                {
                    _options.Skew.Set(serverTime - _options.Time.GetUtcNow());
                    skewCorrected = true;
                    continue;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellation.IsCancellationRequested))
            {
                if (attempt >= retry.MaxAttempts)
                {
                    throw ServiceCallException.ConnectionFailed(new Uri(url, path), attempt, ex);
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

    private List<KeyValuePair<string, string>> Headers(S3Call call, Uri url, string pathAndQuery, AwsCredentials credentials)
    {
        var host = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var (path, query) = question < 0 ? (pathAndQuery, "") : (pathAndQuery[..question], pathAndQuery[(question + 1)..]);
        // The payload is always signed (botocore signs it over http and may send UNSIGNED-PAYLOAD over https; S3 accepts both).
        var signing = new SigV4Request(call.Method, path, query) { PayloadSha256 = PayloadHash.Of(call.Body) }.WithHeader("Host", host);
        var now = _options.Time.GetUtcNow() + _options.Skew.Offset;
        var signature = _options.Signer.Sign(signing, credentials, Endpoint.SigningRegion, Endpoint.SigningService, now, S3Signing);
        var headers = new List<KeyValuePair<string, string>>(6) { new("Host", host) };
        headers.AddRange(signature.HeadersToAdd);
        headers.Add(new("User-Agent", _options.UserAgent));
        return headers;
    }

    private T Read<T>(Func<T> read, string operation)
    {
        try
        {
            return read();
        }
        catch (FormatException ex)
        {
            throw ServiceCallException.UnreadableResponse(Endpoint.Url, operation, 200, ex);
        }
    }
}
