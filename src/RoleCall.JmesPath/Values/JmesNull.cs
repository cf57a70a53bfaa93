namespace RoleCall.JmesPath.Values;

/// <summary>JSON null; one instance.</summary>
public sealed class JmesNull : JmesValue
{
    private JmesNull()
        : base(JmesKind.Null)
    {
    }

    public static JmesNull Instance { get; } = new();
}
