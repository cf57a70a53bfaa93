namespace RoleCall.Policy.Model;

/// <summary>The `ForAllValues:`/`ForAnyValue:` prefix of a condition operator, for multivalued keys.</summary>
internal enum SetQualifier : byte
{
    None,
    ForAllValues,
    ForAnyValue,
}
