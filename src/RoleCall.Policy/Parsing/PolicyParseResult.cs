using RoleCall.Core.Errors;
using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// The outcome of <see cref="PolicyParser.Parse"/>: the compiled policy when the document has no errors,
/// and every problem found (errors and warnings), in document order.
/// </summary>
public sealed class PolicyParseResult
{
    internal PolicyParseResult(CompiledPolicy? policy, IReadOnlyList<PolicyProblem> problems)
    {
        Policy = policy;
        Problems = problems;
    }

    /// <summary>The compiled policy, or null when <see cref="Errors"/> is not empty.</summary>
    public CompiledPolicy? Policy { get; }

    /// <summary>Every problem, errors and warnings, in document order.</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    /// <summary>The problems IAM would reject the document for.</summary>
    public IEnumerable<PolicyProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public bool Succeeded => Policy is not null;

    /// <summary>
    /// The compiled policy, or the <see cref="AwsServiceException"/> IAM would answer with (code and message of
    /// the first error, HTTP 400/409) for handlers that validate a document parameter.
    /// </summary>
    public CompiledPolicy GetPolicyOrThrow()
    {
        if (Policy is not null)
        {
            return Policy;
        }

        var first = Errors.First();
        throw new AwsServiceException(first.Code, first.Message, first.Code == PolicyMessages.LimitExceededCode ? 409 : 400);
    }
}
