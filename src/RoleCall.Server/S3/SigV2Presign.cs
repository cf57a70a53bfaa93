using Microsoft.AspNetCore.Http;
using RoleCall.Iam;
using RoleCall.Iam.Sts.Clock;
using RoleCall.Protocol.SigV2;
using RoleCall.Server.Auth;

namespace RoleCall.Server.S3;

/// <summary>
/// Authenticates an S3 URL presigned with signature version 2 (the AWS CLI v1's `s3 presign`): known key,
/// its session token (`x-amz-security-token`) for temporary keys, not past `Expires`, matching signature.
/// Errors are S3's: InvalidAccessKeyId, AccessDenied "Request has expired", SignatureDoesNotMatch.
/// </summary>
internal sealed class SigV2Presign(IIamService iam, ServiceClock clock)
{
    public Authentication Authenticate(HttpRequest request, string rawPath, Dictionary<string, string> query, S3Target target)
    {
        var accessKeyId = query.GetValueOrDefault("AWSAccessKeyId") ?? string.Empty;
        var key = iam.FindSigningKey(accessKeyId);
        if (key is null || !key.Active || (key.SessionToken is not null && key.SessionToken != query.GetValueOrDefault("x-amz-security-token")))
        {
            throw new Core.Errors.AwsServiceException("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403)
            {
                Details = [KeyValuePair.Create("AWSAccessKeyId", accessKeyId)],
            };
        }

        var expires = S3QueryAuthV2.Expires(query) ?? throw Denied("Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters");
        if (clock.RealTime.GetUtcNow() > expires)
        {
            throw Denied("Request has expired");
        }

        // The canonical resource is path-style even for a virtual-hosted request.
        var path = request.Host.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) && target.Bucket is { } bucket ? "/" + bucket + rawPath : rawPath;
        var amzHeaders = request.Headers.Where(h => h.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase))
            .Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()));
        var stringToSign = S3QueryAuthV2.StringToSign(request.Method, request.Headers["Content-MD5"].ToString(), request.Headers.ContentType.ToString(),
            query["Expires"], amzHeaders, S3QueryAuthV2.CanonicalResource(path, query));
        if (!S3QueryAuthV2.Verify(key.SecretAccessKey, stringToSign, query.GetValueOrDefault("Signature") ?? string.Empty))
        {
            throw new Core.Errors.AwsServiceException("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.", 403);
        }

        if (key.Expiration is { } expiration && expiration <= clock.GetUtcNow())
        {
            throw new Core.Errors.AwsServiceException("ExpiredToken", "The provided token has expired.", 400);
        }

        return new Authentication(key.Caller, "s3", "us-east-1");
    }

    private static Core.Errors.AwsServiceException Denied(string message) => new("AccessDenied", message, 403);
}
