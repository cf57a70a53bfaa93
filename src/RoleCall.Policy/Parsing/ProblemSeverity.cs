namespace RoleCall.Policy.Parsing;

/// <summary>Whether IAM would reject the document (Error) or RoleCall only advises (Warning).</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}
