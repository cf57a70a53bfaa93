using RoleCall.Protocol.Checksums;
using RoleCall.Protocol.SigV4;
using RoleCall.S3;
using RoleCall.S3.Bodies;

namespace RoleCall.Server.S3;

/// <summary>
/// The body of a PutObject or UploadPart as a stream plus what to verify about it: aws-chunked bodies are
/// decoded (chunk signatures checked as they pass), `x-amz-content-sha256` must match the bytes, Content-MD5
/// must be well formed, and a flexible checksum comes from its header or the aws-chunked trailer.
/// </summary>
internal static class PutBodies
{
    public static (Stream Body, BodyChecks Checks) Open(S3Exchange x)
    {
        var md5 = x.Header("Content-MD5");
        if (md5 is not null && (!TryBase64(md5, out var digest) || digest.Length != 16))
        {
            throw S3Errors.InvalidDigest(md5);
        }

        var (algorithm, expected) = FlexibleChecksum(x);
        var chunked = PayloadModes.IsStreaming(x.PayloadHash)
            || x.Header("Content-Encoding")?.Contains("aws-chunked", StringComparison.OrdinalIgnoreCase) == true;
        // S3 stores only bodies of a declared size (PutObject, UploadPart): `Transfer-Encoding: chunked` alone is
        // 411, unless an aws-chunked body declares its decoded length.
        if (x.Request.ContentLength is null && (!chunked || x.Header("x-amz-decoded-content-length") is null))
        {
            throw S3Errors.MissingContentLength();
        }

        if (!chunked)
        {
            return (x.Request.Body, new BodyChecks
            {
                ContentSha256 = PayloadModes.IsHash(x.PayloadHash) ? x.PayloadHash : null,
                ContentMd5 = md5,
                ChecksumAlgorithm = algorithm,
                ExpectedChecksum = expected,
            });
        }

        var stream = new AwsChunkedStream(x.Request.Body, x.ChunkSigning);
        long? decoded = long.TryParse(x.Header("x-amz-decoded-content-length"), System.Globalization.CultureInfo.InvariantCulture, out var length) ? length : null;
        var trailerName = algorithm is { } a ? Checksum.HeaderName(a) : null;
        return (stream, new BodyChecks
        {
            ContentMd5 = md5,
            ChecksumAlgorithm = algorithm,
            ExpectedChecksum = expected,
            Trailer = trailerName is null ? null : () => stream.Trailers.GetValueOrDefault(trailerName),
            ExpectedLength = decoded,
            ActualLength = () => stream.DecodedLength,
        });
    }

    /// <summary>
    /// The checksum header sent with the body (`x-amz-checksum-crc32: VALUE`), or the one the trailer will
    /// carry (`x-amz-trailer: x-amz-checksum-crc32`), or the algorithm asked for (`x-amz-sdk-checksum-algorithm`).
    /// </summary>
    private static (ChecksumAlgorithm? Algorithm, string? Expected) FlexibleChecksum(S3Exchange x)
    {
        foreach (var (name, values) in x.Request.Headers)
        {
            if (Checksum.FromHeader(name) is { } algorithm)
            {
                var value = values.ToString();
                var size = algorithm is ChecksumAlgorithm.Crc32 or ChecksumAlgorithm.Crc32C ? 4 : algorithm == ChecksumAlgorithm.Sha1 ? 20 : 32;
                if (!TryBase64(value, out var bytes) || bytes.Length != size)
                {
                    throw S3Errors.InvalidChecksum(name.ToLowerInvariant());
                }

                return (algorithm, value);
            }
        }

        if (x.Header("x-amz-trailer") is { } trailer && Checksum.FromHeader(trailer.Trim()) is { } trailing)
        {
            return (trailing, null);
        }

        return x.Header("x-amz-sdk-checksum-algorithm") is { } named && Enum.TryParse<ChecksumAlgorithm>(named, ignoreCase: true, out var asked)
            ? (asked, null)
            : (null, null);
    }

    private static bool TryBase64(string value, out byte[] bytes)
    {
        bytes = new byte[(value.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(value, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
