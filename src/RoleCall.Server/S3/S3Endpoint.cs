using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.SigV2;
using RoleCall.Protocol.SigV4;
using RoleCall.S3;
using RoleCall.S3.Access;
using RoleCall.Server.Auth;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Http;

namespace RoleCall.Server.S3;

/// <summary>
/// S3 over REST-XML on the front door: authenticate against the claimed payload hash (S3's canonicalization:
/// path neither normalized nor double-encoded), route by method, bucket, key and subresource, and answer
/// every failure in S3's `&lt;Error&gt;` shape (status only for HEAD). Bodies are never buffered whole: the
/// request body streams to a temporary file through the payload checks, responses stream from the file.
/// </summary>
internal sealed class S3Endpoint(S3Service s3, RequestAuthenticator authenticator, SigV2Presign legacyPresign) : IServiceEndpoint
{
    /// <summary>S3's largest single PUT is 5 GiB; Kestrel's default cap (for Query bodies) does not apply here.</summary>
    private const long MaxBodyBytes = 5L * 1024 * 1024 * 1024;

    private readonly S3Router _router = new(s3);

    /// <summary>S3's canonicalization: the path exactly as sent, neither normalized nor encoded twice.</summary>
    public static SigV4Options Signing { get; } = new() { NormalizePath = false, DoubleEncodePath = false };

    public string Service => ServiceNames.S3;

    public async Task HandleAsync(HttpContext http, string requestId)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        ExpectContinue.Guard(http);

        try
        {
            var exchange = Authenticate(http, requestId);
            await _router.RouteAsync(exchange);
        }
        catch (AwsServiceException e)
        {
            await S3Responses.ErrorAsync(http, e, requestId);
        }
        catch (BadHttpRequestException)
        {
            // The body stalled short of its Content-Length (Kestrel's minimum data rate) or its framing broke:
            // S3's IncompleteBody. A client that closes its side instead has aborted the request: no answer.
            await S3Responses.ErrorAsync(http, S3Errors.IncompleteBody(), requestId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await S3Responses.ErrorAsync(http, new AwsServiceException("InternalError", "We encountered an internal error. Please try again.", 500, senderFault: false), requestId);
        }
    }

    private S3Exchange Authenticate(HttpContext http, string requestId)
    {
        var (rawPath, rawQuery) = RawTarget(http);
        if (S3QueryAuthV2.IsPresent(rawQuery))
        {
            var query = FormCodec.Parse(rawQuery);
            var v2Target = S3Target.From(http.Request, rawPath);
            var v2 = legacyPresign.Authenticate(http.Request, rawPath, query, v2Target);
            var v2Info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, v2.Region, requestId);
            return new S3Exchange(http, requestId, new S3Call(v2.Caller, v2Info), v2Target, query);
        }

        var presigned = rawQuery.Contains("X-Amz-Algorithm=", StringComparison.Ordinal);
        var claimed = http.Request.Headers["x-amz-content-sha256"].ToString();
        if (claimed.Length == 0)
        {
            if (!presigned && http.Request.Headers.ContainsKey("Authorization"))
            {
                throw S3AuthErrors.MissingContentSha256();
            }

            claimed = PayloadModes.Unsigned;
        }

        if (!PayloadModes.IsValid(claimed))
        {
            throw S3AuthErrors.InvalidContentSha256();
        }

        var result = authenticator.TryAuthenticate(new SigV4IncomingRequest(http.Request.Method, rawPath, rawQuery, claimed), http.Request.Headers);
        if (result.Authentication is not { } authentication)
        {
            throw S3AuthErrors.From(result);
        }

        var auth = result.Failure!.Authorization!;
        var info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, authentication.Region, requestId);
        var target = S3Target.From(http.Request, rawPath);
        return new S3Exchange(http, requestId, new S3Call(authentication.Caller, info), target, FormCodec.Parse(rawQuery))
        {
            PayloadHash = claimed,
            ChunkSigning = PayloadModes.IsSignedStreaming(claimed) ? new ChunkSigning(result.SigningKey!, auth.AmzDate, auth.Scope, auth.Signature) : null,
        };
    }

    private static (string Path, string Query) RawTarget(HttpContext http)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (target, string.Empty) : (target[..question], target[(question + 1)..]);
    }
}
