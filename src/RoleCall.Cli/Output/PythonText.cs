using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output;

/// <summary>Python's str() of a scalar, which the text and table formats print: True, None, 1.0.</summary>
internal static class PythonText
{
    public static string Str(JmesValue value) => value switch
    {
        JmesString s => s.Value,
        JmesNumber n => n.ToPythonString(),
        JmesBoolean b => b.Value ? "True" : "False",
        JmesNull => "None",
        _ => value.ToJson(),
    };

    public static bool IsScalar(JmesValue value) => value.Kind is not (JmesKind.Array or JmesKind.Object);
}
