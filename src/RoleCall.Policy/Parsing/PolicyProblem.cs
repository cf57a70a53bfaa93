namespace RoleCall.Policy.Parsing;

/// <summary>
/// One thing wrong with a policy document. <see cref="Message"/> is IAM's own wording (what AWS puts in a
/// <c>MalformedPolicyDocument</c> error); <see cref="Path"/>, <see cref="Line"/>, <see cref="Column"/> and
/// <see cref="Hint"/> are RoleCall's additions for tools such as <c>rolecall policy check</c>.
/// </summary>
/// <param name="Code">The AWS error code: <c>MalformedPolicyDocument</c>, or <c>LimitExceeded</c> for size quotas.</param>
/// <param name="Message">AWS's message, e.g. "Has prohibited field Resource".</param>
/// <param name="Path">A JSON path to the offending element, e.g. <c>$.Statement[1].Principal.AWS</c>.</param>
/// <param name="Line">1-based line of the offending element (1 when the document itself is at fault).</param>
/// <param name="Column">1-based column of the offending element.</param>
/// <param name="Hint">What to do about it, in RoleCall's words.</param>
/// <param name="Severity">Error (IAM rejects the document) or Warning (IAM accepts it, but it cannot work as written).</param>
public sealed record PolicyProblem(
    string Code,
    string Message,
    string Path,
    int Line,
    int Column,
    string Hint,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>"3:14 Has prohibited field Resource ($.Statement[0].Resource)" for logs and the CLI.</summary>
    public override string ToString() => $"{Line}:{Column} {Message} ({Path})";
}
