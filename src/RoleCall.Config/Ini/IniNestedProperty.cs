namespace RoleCall.Config.Ini;

/// <summary>One indented <c>key = value</c> under a nested property; key as written (botocore keeps its case).</summary>
internal sealed record IniNestedProperty(string Key, string Value, int Line)
{
    public override string ToString() => $"{Key} (line {Line + 1})";
}
