namespace RoleCall.Ec2.Catalog;

/// <summary>
/// The instance types RunInstances accepts and the architecture each runs: the general-purpose, compute and
/// memory families most used, Graviton (`g` suffix) on arm64. An unknown type is InvalidParameterValue.
/// </summary>
public static class InstanceTypes
{
    /// <summary>The type RunInstances uses when none is given, as on AWS.</summary>
    public const string Default = "m1.small";

    private static readonly string[] Sizes = ["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge"];
    private static readonly string[] BigSizes = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"];

    private static readonly Dictionary<string, string> Types = Build();

    /// <summary>`x86_64` or `arm64`, or null when the type does not exist.</summary>
    public static string? Architecture(string instanceType) => Types.GetValueOrDefault(instanceType);

    public static IEnumerable<string> All => Types.Keys;

    private static Dictionary<string, string> Build()
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal) { ["m1.small"] = "x86_64", ["m1.medium"] = "x86_64", ["m1.large"] = "x86_64" };
        foreach (var family in new[] { "t2", "t3", "t3a", "t4g" })
        {
            foreach (var size in Sizes)
            {
                types[$"{family}.{size}"] = family.EndsWith('g') ? "arm64" : "x86_64";
            }
        }

        foreach (var family in new[] { "m5", "m6i", "m6g", "m7i", "m7g", "c5", "c6i", "c6g", "c7g", "r5", "r6i", "r6g" })
        {
            foreach (var size in BigSizes)
            {
                types[$"{family}.{size}"] = family.EndsWith('g') ? "arm64" : "x86_64";
            }
        }

        return types;
    }
}
