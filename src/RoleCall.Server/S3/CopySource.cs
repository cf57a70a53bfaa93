using RoleCall.S3;
using RoleCall.S3.Operations;

namespace RoleCall.Server.S3;

/// <summary>`x-amz-copy-source: /bucket/key` (leading slash optional, URL-encoded; a `?versionId=` suffix only as `null`).</summary>
internal static class CopySource
{
    public static (string Bucket, string Key) Parse(string header)
    {
        var value = header.StartsWith('/') ? header[1..] : header;
        var question = value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            if (value[(question + 1)..] != "versionId=null")
            {
                throw S3Errors.NotImplemented("x-amz-copy-source with versionId");
            }

            value = value[..question];
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == value.Length - 1)
        {
            throw S3Errors.InvalidArgument("Invalid copy source object key", "x-amz-copy-source", header);
        }

        return (Uri.UnescapeDataString(value[..slash]), Uri.UnescapeDataString(value[(slash + 1)..]));
    }

    /// <summary>The `x-amz-copy-source-if-*` headers (dates in HTTP format, as the AWS CLI and SDKs send them).</summary>
    public static GetConditions Conditions(S3Exchange x) => new(x.Header("x-amz-copy-source-if-match"), x.Header("x-amz-copy-source-if-none-match"),
        S3Formats.ParseHttp(x.Header("x-amz-copy-source-if-modified-since")), S3Formats.ParseHttp(x.Header("x-amz-copy-source-if-unmodified-since")));
}
