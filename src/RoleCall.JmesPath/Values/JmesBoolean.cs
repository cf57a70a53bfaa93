namespace RoleCall.JmesPath.Values;

/// <summary>true or false; two instances.</summary>
public sealed class JmesBoolean : JmesValue
{
    private JmesBoolean(bool value)
        : base(JmesKind.Boolean) => Value = value;

    public static JmesBoolean True { get; } = new(true);

    public static JmesBoolean False { get; } = new(false);

    public bool Value { get; }

    public static JmesBoolean Of(bool value) => value ? True : False;
}
