using System.Globalization;

namespace RoleCall.Policy.Model;

/// <summary>
/// How condition values are read, shared by the compiler (policy values) and the evaluator (request values)
/// so both sides agree. Dates are ISO 8601 or epoch seconds, as AWS accepts for Date operators.
/// </summary>
internal static class ValueParsers
{
    private static readonly System.Buffers.SearchValues<char> EpochCharacters = System.Buffers.SearchValues.Create("0123456789.");

    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return false;
        }

        // All digits (with an optional fraction): seconds since the epoch.
        if (char.IsAsciiDigit(text[0]) && !text.ContainsAnyExcept(EpochCharacters))
        {
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
                || seconds > 253402300799)
            {
                return false;
            }

            value = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>"true"/"false" in any case, as the Bool operator reads them.</summary>
    public static bool TryParseBool(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
