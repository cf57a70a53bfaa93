using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Syntax;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Evaluation;

/// <summary>Python's list slicing (slice.indices): clamping, negative indices and negative steps.</summary>
internal static class Slicing
{
    public static JmesArray Apply(SliceNode slice, JmesArray array)
    {
        var step = slice.Step ?? 1;
        if (step == 0)
        {
            throw JmesPathErrors.ZeroSliceStep();
        }

        long length = array.Count;
        var (lower, upper) = step < 0 ? (-1L, length - 1) : (0L, length);
        var start = Clamp(slice.Start, step < 0 ? upper : lower, length, lower, upper);
        var stop = Clamp(slice.Stop, step < 0 ? lower : upper, length, lower, upper);

        var items = new List<JmesValue>();
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            items.Add(array[(int)i]);
        }

        return new JmesArray(items);
    }

    private static long Clamp(long? given, long absent, long length, long lower, long upper)
    {
        if (given is not { } value)
        {
            return absent;
        }

        if (value < 0)
        {
            value = Math.Max(value, long.MinValue + length) + length;
            return Math.Max(value, lower);
        }

        return Math.Min(value, upper);
    }
}
