using RoleCall.Protocol.Checksums;

namespace RoleCall.S3.Bodies;

/// <summary>
/// What the sender vouched for about a body, checked once the last byte is in: the signed payload hash
/// (`x-amz-content-sha256` as hex), Content-MD5 (base64), and a flexible checksum given in a header or, for
/// aws-chunked uploads, in the trailer (read through <see cref="Trailer"/> after the body ends).
/// </summary>
public sealed record BodyChecks
{
    public static BodyChecks None { get; } = new();

    /// <summary>Lower-case hex SHA-256 to match, or null (UNSIGNED-PAYLOAD, streaming, presigned).</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>The Content-MD5 header (base64 of 16 bytes), or null.</summary>
    public string? ContentMd5 { get; init; }

    /// <summary>A flexible checksum to compute (and store); its expected value from a header, or null to only compute it.</summary>
    public ChecksumAlgorithm? ChecksumAlgorithm { get; init; }

    public string? ExpectedChecksum { get; init; }

    /// <summary>aws-chunked: the declared decoded length (`x-amz-decoded-content-length`) and how many bytes arrived.</summary>
    public long? ExpectedLength { get; init; }

    public Func<long>? ActualLength { get; init; }

    /// <summary>For a trailing checksum: the value, readable only after the body has been read to its end.</summary>
    public Func<string?>? Trailer { get; init; }
}
