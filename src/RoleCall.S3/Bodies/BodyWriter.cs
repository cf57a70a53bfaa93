using System.Buffers;
using System.Security.Cryptography;
using RoleCall.Protocol.Checksums;

namespace RoleCall.S3.Bodies;

/// <summary>
/// Streams a request body into a new temporary body in 256 KiB slices while hashing it (MD5 for the ETag,
/// SHA-256 only when the signed payload hash must be matched, and the flexible checksum), then checks
/// everything the sender vouched for and commits. Any failure deletes the temporary file: nothing half
/// written ever gets an id.
/// </summary>
public static class BodyWriter
{
    private const int SliceBytes = 256 * 1024;

    public static async Task<WrittenBody> WriteAsync(IObjectBodies bodies, Stream source, BodyChecks checks, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(checks);
        using var pending = bodies.Create();
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha256 = checks.ContentSha256 is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var checksum = checks.ChecksumAlgorithm is { } algorithm ? new Checksum(algorithm) : null;
        var buffer = ArrayPool<byte>.Shared.Rent(SliceBytes);
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, SliceBytes), cancellation)) > 0)
            {
                var slice = buffer.AsSpan(0, read);
                md5.AppendData(slice);
                sha256?.AppendData(slice);
                checksum?.Append(slice);
                await pending.Stream.WriteAsync(buffer.AsMemory(0, read), cancellation);
                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var md5Bytes = md5.GetHashAndReset();
        Verify(checks, md5Bytes, sha256, checksum);
        var computed = checksum is null ? (KeyValuePair<string, string>?)null : KeyValuePair.Create(Checksum.WireName(checksum.Algorithm), checksum.ToBase64());
        return new WrittenBody(pending.Commit(), size, Convert.ToHexStringLower(md5Bytes), computed);
    }

    /// <summary>S3's order: the signed payload hash, then Content-MD5, then the flexible checksum.</summary>
    private static void Verify(BodyChecks checks, byte[] md5, IncrementalHash? sha256, Checksum? checksum)
    {
        if (checks.ExpectedLength is { } expectedLength && checks.ActualLength?.Invoke() != expectedLength)
        {
            throw S3Errors.IncompleteBody();
        }

        if (sha256 is not null)
        {
            var computed = Convert.ToHexStringLower(sha256.GetHashAndReset());
            if (!string.Equals(computed, checks.ContentSha256, StringComparison.Ordinal))
            {
                throw S3Errors.ContentSha256Mismatch(checks.ContentSha256!, computed);
            }
        }

        if (checks.ContentMd5 is { } expectedMd5)
        {
            var actual = Convert.ToBase64String(md5);
            if (!string.Equals(actual, expectedMd5, StringComparison.Ordinal))
            {
                throw S3Errors.BadDigest(expectedMd5, actual);
            }
        }

        if (checksum is not null)
        {
            var expected = checks.ExpectedChecksum ?? checks.Trailer?.Invoke();
            if (expected is not null && !string.Equals(expected, checksum.ToBase64(), StringComparison.Ordinal))
            {
                throw S3Errors.ChecksumMismatch(Checksum.WireName(checksum.Algorithm));
            }
        }
    }
}
