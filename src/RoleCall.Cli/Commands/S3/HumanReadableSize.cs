using System.Globalization;
using System.Numerics;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// The AWS CLI's `human_readable_size` (awscli/customizations/s3/utils.py): `1 Byte`, `N Bytes` below 1 KiB,
/// else one decimal in the smallest of KiB..EiB whose rounded value stays below 1024. Python's `round` and
/// `'%.1f'` round half to even on the exact binary value; since the value here is bytes / 1024^n (exact in a
/// double), the same rounding is done exactly in integers.
/// </summary>
internal static class HumanReadableSize
{
    private static readonly string[] Suffixes = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    public static string Format(long bytes)
    {
        if (bytes == 1)
        {
            return "1 Byte";
        }

        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " Bytes";
        }

        for (var i = 0; i < Suffixes.Length; i++)
        {
            var unit = BigInteger.Pow(1024, i + 1);
            if (RoundHalfEven(bytes, unit) < 1024)
            {
                var tenths = RoundHalfEven(new BigInteger(bytes) * 10, unit);
                return string.Create(CultureInfo.InvariantCulture, $"{tenths / 10}.{tenths % 10} {Suffixes[i]}");
            }
        }

        // Python's function falls off its loop here (returns None); sizes this large do not exist in S3.
        return bytes.ToString(CultureInfo.InvariantCulture) + " Bytes";
    }

    private static BigInteger RoundHalfEven(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        return twice > denominator || (twice == denominator && !quotient.IsEven) ? quotient + 1 : quotient;
    }
}
