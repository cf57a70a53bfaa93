using RoleCall.JmesPath.Json;

namespace RoleCall.JmesPath.Values;

/// <summary>
/// A number that is either an integer (Python int; prints `1`) or a float (Python float; prints `1.0`,
/// `1e+16`). Integers beyond 64 bits are held as floats.
/// </summary>
public sealed class JmesNumber : JmesValue
{
    public JmesNumber(long value)
        : base(JmesKind.Number)
    {
        IsInteger = true;
        LongValue = value;
        Value = value;
    }

    public JmesNumber(double value)
        : base(JmesKind.Number)
    {
        Value = value;
    }

    public bool IsInteger { get; }

    /// <summary>The value when <see cref="IsInteger"/>; 0 otherwise.</summary>
    public long LongValue { get; }

    /// <summary>The value as a double (exact for floats, possibly rounded for huge integers).</summary>
    public double Value { get; }

    /// <summary>The number as Python's str() and json.dumps print it.</summary>
    public string ToPythonString() => IsInteger
        ? LongValue.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : PythonFloat.Format(Value);

    /// <summary>Orders two numbers: exactly for two integers, by double value otherwise.</summary>
    public int CompareTo(JmesNumber other) =>
        IsInteger && other.IsInteger ? LongValue.CompareTo(other.LongValue) : Value.CompareTo(other.Value);
}
