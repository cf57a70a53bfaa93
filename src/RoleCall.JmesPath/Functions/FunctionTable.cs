using System.Collections.Frozen;

namespace RoleCall.JmesPath.Functions;

/// <summary>
/// The built-in functions of jmespath.py 1.x (the JMESPath specification's 26): no community extensions,
/// since `aws --query` does not have them.
/// </summary>
internal static class FunctionTable
{
    private static readonly FrozenDictionary<string, JmesFunction> Functions =
        MathFunctions.All
            .Concat(StringFunctions.All)
            .Concat(CollectionFunctions.All)
            .Concat(ConversionFunctions.All)
            .Concat(ExpressionFunctions.All)
            .ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Functions.Keys;

    public static JmesFunction? Find(string name) => Functions.GetValueOrDefault(name);
}
