using System.Globalization;

namespace RoleCall.Credentials.Export;

/// <summary>
/// Timestamps spelt as Python's <c>datetime.isoformat()</c> for an aware UTC value — the AWS CLI's
/// <c>export-credentials</c> prints expiry that way — and the cache's spelling, which keeps fractional
/// seconds so a value read back prints the same.
/// </summary>
public static class PythonIsoTime
{
    /// <summary>2026-11-21T15:56:52+00:00, or 2026-11-21T15:56:52.889636+00:00 when there are microseconds.</summary>
    public static string IsoFormat(DateTimeOffset value) => Format(value, "+00:00");

    /// <summary>2026-11-21T15:56:52Z (microseconds kept when present), as the cache and STS spell it.</summary>
    public static string CacheFormat(DateTimeOffset value) => Format(value, "Z");

    private static string Format(DateTimeOffset value, string zone)
    {
        var utc = value.UtcDateTime;
        var micros = utc.Ticks % TimeSpan.TicksPerSecond / 10;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return micros == 0 ? text + zone : text + "." + micros.ToString("D6", CultureInfo.InvariantCulture) + zone;
    }
}
