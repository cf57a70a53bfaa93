using RoleCall.JmesPath.Values;
using T = RoleCall.JmesPath.Functions.ArgumentTypes;

namespace RoleCall.JmesPath.Functions;

/// <summary>abs, avg, ceil, floor, sum: integer results stay integers where Python's would (ceil/floor return int).</summary>
internal static class MathFunctions
{
    public static IEnumerable<JmesFunction> All =>
    [
        new("abs", [T.Number], a => Abs((JmesNumber)a[0])),
        new("avg", [T.ArrayOfNumbers], a => Average((JmesArray)a[0])),
        new("ceil", [T.Number], a => Round((JmesNumber)a[0], Math.Ceiling)),
        new("floor", [T.Number], a => Round((JmesNumber)a[0], Math.Floor)),
        new("sum", [T.ArrayOfNumbers], a => Sum((JmesArray)a[0])),
    ];

    private static JmesNumber Abs(JmesNumber n) => n.IsInteger ? new(Math.Abs(n.LongValue)) : new(Math.Abs(n.Value));

    private static JmesNumber Round(JmesNumber n, Func<double, double> round)
    {
        if (n.IsInteger)
        {
            return n;
        }

        var rounded = round(n.Value);
        return rounded is >= long.MinValue and < long.MaxValue ? new((long)rounded) : new(rounded);
    }

    /// <summary>Python's sum(): exact integer addition until the first float, then float addition in order.</summary>
    private static JmesNumber Sum(JmesArray numbers)
    {
        long integer = 0;
        double floating = 0;
        var isFloat = false;
        foreach (JmesNumber n in numbers)
        {
            if (!isFloat && n.IsInteger)
            {
                integer += n.LongValue;
            }
            else
            {
                if (!isFloat)
                {
                    floating = integer;
                    isFloat = true;
                }

                floating += n.Value;
            }
        }

        return isFloat ? new(floating) : new(integer);
    }

    private static JmesValue Average(JmesArray numbers)
    {
        if (numbers.Count == 0)
        {
            return JmesValue.Null;
        }

        var sum = Sum(numbers);
        return new JmesNumber((sum.IsInteger ? sum.LongValue : sum.Value) / numbers.Count);
    }
}
