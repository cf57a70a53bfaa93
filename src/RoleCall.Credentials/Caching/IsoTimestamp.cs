using System.Globalization;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// The timestamps of the credential and SSO token caches, as botocore and the AWS CLI v2 write them:
/// 2026-12-06T11:00:00Z, ...+00:00 (or any offset), ...UTC, with or without fractional seconds; no zone is UTC.
/// These spellings are read by hand, exactly: the culture-aware DateTimeOffset.TryParse builds its date
/// tables on first use, a measurable part of a cached `rolecall env` (issue 12). Anything else (a rarer form
/// botocore's dateutil also takes) goes to that parser as before, so what was accepted still is.
/// </summary>
internal static class IsoTimestamp
{
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    /// <summary>The time in UTC, or null when the text is no timestamp.</summary>
    public static DateTimeOffset? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseExact(text, out var value))
        {
            return value;
        }

        // The older AWS CLI v2 suffix "UTC" is the general parser's "Z".
        var normalized = text.EndsWith("UTC", StringComparison.Ordinal) ? text[..^3] + "Z" : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, Utc, out var parsed) ? parsed : null;
    }

    /// <summary>As <see cref="TryParse"/>, but a text that is no timestamp throws <see cref="FormatException"/>.</summary>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not an ISO 8601 timestamp");

    /// <summary>
    /// yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|UTC|±HH:mm|±HHmm|none). False for anything outside it, including
    /// out-of-range fields, which the general parser then judges.
    /// </summary>
    internal static bool TryParseExact(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or ' ') || s[13] != ':' || s[16] != ':'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 7)
            {
                fraction = fraction * 10 + (s[i++] - '0');
            }

            if (i == start || (i < s.Length && char.IsAsciiDigit(s[i])))
            {
                return false;
            }

            for (var n = i - start; n < 7; n++)
            {
                fraction *= 10;
            }
        }

        if (!Zone(s[i..], out var offset))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
        var ticks = local.Ticks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static bool Zone(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.IsEmpty || zone is "Z" or "UTC")
        {
            return true;
        }

        // ±HH:mm or ±HHmm, within the ±14 hours a DateTimeOffset can carry.
        if (zone[0] is not ('+' or '-') || !(zone.Length == 6 && zone[3] == ':' || zone.Length == 5)
            || !Digits(zone, 1, 2, out var hours) || !Digits(zone, zone.Length - 2, 2, out var minutes) || minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (zone[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = value * 10 + (s[i] - '0');
        }

        return true;
    }
}
