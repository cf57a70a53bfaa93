using RoleCall.JmesPath.Json;

namespace RoleCall.JmesPath.Values;

/// <summary>
/// An immutable JSON value as JMESPath and the output formatters see it. Objects keep insertion order (the
/// AWS CLI prints keys in the service's shape order); numbers remember whether they are integers, because
/// jmespath.py and the AWS CLI print `1` and `1.0` differently.
/// </summary>
public abstract class JmesValue : IEquatable<JmesValue>
{
    private protected JmesValue(JmesKind kind) => Kind = kind;

    public JmesKind Kind { get; }

    public static JmesValue Null => JmesNull.Instance;

    /// <summary>JMESPath truthiness: false, null, "", [] and {} are false; everything else (0 included) is true.</summary>
    public bool IsTruthy => Kind switch
    {
        JmesKind.Null => false,
        JmesKind.Boolean => ((JmesBoolean)this).Value,
        JmesKind.String => ((JmesString)this).Value.Length > 0,
        JmesKind.Array => ((JmesArray)this).Count > 0,
        JmesKind.Object => ((JmesObject)this).Count > 0,
        _ => true,
    };

    /// <summary>The JMESPath type name, as `type()` returns it.</summary>
    public string TypeName => Kind switch
    {
        JmesKind.Null => "null",
        JmesKind.Boolean => "boolean",
        JmesKind.Number => "number",
        JmesKind.String => "string",
        JmesKind.Array => "array",
        JmesKind.Object => "object",
        _ => "expref",
    };

    public static JmesValue From(bool value) => JmesBoolean.Of(value);

    public static JmesValue From(long value) => new JmesNumber(value);

    public static JmesValue From(double value) => new JmesNumber(value);

    public static JmesValue From(string? value) => value is null ? Null : new JmesString(value);

    /// <summary>Parses JSON text (RFC 8259, plus Python's NaN/Infinity), keeping key order.</summary>
    public static JmesValue Parse(string json) => JsonParser.Parse(json);

    /// <summary>Compact JSON as jmespath.py's `to_string()` writes it (Python's json.dumps, ASCII-escaped).</summary>
    public string ToJson() => JsonWriter.Compact(this);

    public override string ToString() => ToJson();

    public bool Equals(JmesValue? other) => other is not null && ValueEquality.AreEqual(this, other);

    public override bool Equals(object? obj) => obj is JmesValue other && Equals(other);

    public override int GetHashCode() => ValueEquality.GetHashCode(this);
}
