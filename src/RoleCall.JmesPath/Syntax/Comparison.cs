namespace RoleCall.JmesPath.Syntax;

/// <summary>The comparison operators.</summary>
internal enum Comparison
{
    Equal,
    NotEqual,
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
}
