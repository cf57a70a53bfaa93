namespace RoleCall.Iam.Simulation;

/// <summary>One `ContextEntries.member.N`: a key, its values and their declared type (`string`, `ipList`, ...).</summary>
internal sealed record ContextEntry(string Name, IReadOnlyList<string> Values, string Type)
{
    /// <summary>The *List types are multivalued keys (ForAllValues/ForAnyValue apply).</summary>
    public bool IsList => Type.EndsWith("List", StringComparison.Ordinal);
}
