using System.Globalization;

namespace RoleCall.Server.S3;

/// <summary>S3's two date formats: ISO 8601 with milliseconds in XML, RFC 1123 in headers.</summary>
internal static class S3Formats
{
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Http(DateTimeOffset time) => time.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>An HTTP date header (If-Modified-Since, ...), or null when absent or unparseable (then ignored, as S3 does).</summary>
    public static DateTimeOffset? ParseHttp(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
