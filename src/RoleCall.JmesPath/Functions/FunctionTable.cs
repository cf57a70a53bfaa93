namespace RoleCall.JmesPath.Functions;

/// <summary>
/// The built-in functions of jmespath.py 1.x (the JMESPath specification's 26): no community extensions,
/// since `aws --query` does not have them. A plain dictionary filled on first use: a frozen one costs more to
/// build (and loads another assembly) than the few lookups of one `--query` can repay.
/// </summary>
internal static class FunctionTable
{
    private static readonly Dictionary<string, JmesFunction> Functions = Build();

    public static IEnumerable<string> Names => Functions.Keys;

    public static JmesFunction? Find(string name) => Functions.TryGetValue(name, out var function) ? function : null;

    private static Dictionary<string, JmesFunction> Build()
    {
        var functions = new Dictionary<string, JmesFunction>(StringComparer.Ordinal);
        foreach (var group in new[] { MathFunctions.All, StringFunctions.All, CollectionFunctions.All, ConversionFunctions.All, ExpressionFunctions.All })
        {
            foreach (var function in group)
            {
                functions.Add(function.Name, function);
            }
        }

        return functions;
    }
}
