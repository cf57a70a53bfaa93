namespace RoleCall.Protocol.SigV4;

/// <summary>The names SigV4 puts on the wire.</summary>
public static class SigV4Constants
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string AmzDateHeader = "X-Amz-Date";
    public const string SecurityTokenHeader = "X-Amz-Security-Token";
    public const string ContentSha256Header = "x-amz-content-sha256";
    public const string AuthorizationHeader = "Authorization";

    public const string AlgorithmParameter = "X-Amz-Algorithm";
    public const string CredentialParameter = "X-Amz-Credential";
    public const string DateParameter = "X-Amz-Date";
    public const string SignedHeadersParameter = "X-Amz-SignedHeaders";
    public const string ExpiresParameter = "X-Amz-Expires";
    public const string SecurityTokenParameter = "X-Amz-Security-Token";
    public const string SignatureParameter = "X-Amz-Signature";

    /// <summary>Hex SHA-256 of the empty string: the payload hash of a request without a body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>AWS's limit on clock difference for header-signed requests.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    /// <summary>The longest a presigned URL may live (X-Amz-Expires): seven days.</summary>
    public static readonly TimeSpan MaxPresignExpiry = TimeSpan.FromDays(7);
}
