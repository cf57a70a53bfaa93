namespace RoleCall.Policy.Parsing;

/// <summary>
/// Offline validation for `rolecall policy check`: the parser's problems plus the size quota of the kind,
/// and the kind guessed from the document when the user did not say.
/// </summary>
public static class PolicyLinter
{
    public static PolicyCheckReport Check(string document, PolicyKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chosen = kind ?? Guess(document);
        var result = PolicyParser.Parse(document, chosen, "check");
        var problems = result.Problems.ToList();
        var size = PolicySize.Measure(document);
        var limit = PolicySize.LimitFor(chosen);
        if (size > limit)
        {
            problems.Add(new PolicyProblem(PolicyMessages.LimitExceededCode, PolicyMessages.SizeQuota("PolicySize", limit), "$", 1, 1,
                $"the document has {size} characters (whitespace not counted); split it into several policies"));
        }

        return new PolicyCheckReport(chosen, problems, result.Policy?.Statements.Count ?? 0);
    }

    /// <summary>Documents naming principals are trust policies; everything else is checked as an identity policy.</summary>
    private static PolicyKind Guess(string document) =>
        document.Contains("\"Principal\"", StringComparison.Ordinal) || document.Contains("\"NotPrincipal\"", StringComparison.Ordinal)
            ? PolicyKind.Trust
            : PolicyKind.Identity;
}
