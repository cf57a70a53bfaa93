namespace RoleCall.JmesPath.Values;

/// <summary>A string. Lengths and orderings are by Unicode code point, as in Python, not by UTF-16 unit.</summary>
public sealed class JmesString : JmesValue
{
    public JmesString(string value)
        : base(JmesKind.String) => Value = value;

    public static JmesString Empty { get; } = new(string.Empty);

    public string Value { get; }
}
