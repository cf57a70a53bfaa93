namespace RoleCall.Protocol.SigV4;

/// <summary>
/// How a service canonicalizes requests. The defaults are every service but S3's: normalized path,
/// double-encoded path, session token signed, no `x-amz-content-sha256` header.
/// </summary>
public sealed record SigV4Options
{
    public static SigV4Options Default { get; } = new();

    /// <summary>Remove `.`/`..` segments and collapse `//` before encoding (false for S3).</summary>
    public bool NormalizePath { get; init; } = true;

    /// <summary>Encode the path once more, so `%` in it becomes `%25` (false for S3).</summary>
    public bool DoubleEncodePath { get; init; } = true;

    /// <summary>Send and sign `x-amz-content-sha256` with the payload hash (header signing only).</summary>
    public bool AddContentSha256Header { get; init; }

    /// <summary>
    /// Sign `X-Amz-Security-Token` (true, what STS and IAM expect) or add it only after signing
    /// (the suites' `post-sts-header-after` case).
    /// </summary>
    public bool SignSessionToken { get; init; } = true;
}
