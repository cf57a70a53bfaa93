using System.Globalization;
using System.Text;

namespace RoleCall.JmesPath.Json;

/// <summary>
/// Prints a double as Python's repr() does (what jmespath.py and the AWS CLI print): the shortest digits that
/// round-trip, fixed notation while the decimal exponent is in [-4, 16), else `1e+16` / `1.5e-05`.
/// </summary>
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's "R" yields the same shortest round-trip digits as Python; only the layout differs.
        var (negative, digits, pointPosition) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        var text = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            text.Append('-');
        }

        if (pointPosition is > -4 and <= 16)
        {
            AppendFixed(text, digits, pointPosition);
        }
        else
        {
            AppendExponential(text, digits, pointPosition - 1);
        }

        return text.ToString();
    }

    private static void AppendFixed(StringBuilder text, string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            text.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            text.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }
    }

    private static void AppendExponential(StringBuilder text, string digits, int exponent)
    {
        text.Append(digits[0]);
        if (digits.Length > 1)
        {
            text.Append('.').Append(digits, 1, digits.Length - 1);
        }

        text.Append('e').Append(exponent < 0 ? '-' : '+');
        text.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
    }

    /// <summary>Splits "-1.25E-05" into its sign, significant digits "125" and point position (-4: 0.0000125).</summary>
    private static (bool Negative, string Digits, int PointPosition) Decompose(string roundTrip)
    {
        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponent = 0;
        var e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(body.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot < 0 ? body.Length : dot;
        var allDigits = dot < 0 ? body : body.Remove(dot, 1);
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        return (negative, digits, integerDigits - leadingZeros + exponent);
    }
}
