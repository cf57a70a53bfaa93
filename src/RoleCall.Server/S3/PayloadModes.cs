namespace RoleCall.Server.S3;

/// <summary>
/// The values of `x-amz-content-sha256`: the hex SHA-256 of the body, or one of the modes that say how the
/// body is protected instead. https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
/// </summary>
internal static class PayloadModes
{
    public const string Unsigned = "UNSIGNED-PAYLOAD";
    public const string StreamingSigned = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    public const string StreamingSignedTrailer = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    public const string StreamingUnsignedTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    public static bool IsValid(string value) =>
        value is Unsigned or StreamingSigned or StreamingSignedTrailer or StreamingUnsignedTrailer || IsHash(value);

    public static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);

    public static bool IsStreaming(string value) => value.StartsWith("STREAMING-", StringComparison.Ordinal);

    public static bool IsSignedStreaming(string value) => value is StreamingSigned or StreamingSignedTrailer;
}
