namespace RoleCall.Iam.Authorization;

/// <summary>
/// One decision, explained: who asked for what on which resource, the outcome (`Allow`, `ExplicitDeny`,
/// `ImplicitDeny`), the deciding statements (`policy-id#Sid`) and any evaluation errors; for an encoded
/// authorization message also the request's condition keys (<see cref="Conditions"/>).
/// </summary>
public sealed record AuthorizationExplanation(
    string PrincipalArn,
    string Action,
    string Resource,
    string Decision,
    IReadOnlyList<string> DecidingStatements,
    IReadOnlyList<string> Errors)
{
    /// <summary>The request context's keys and values, as a decoded authorization message lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Conditions { get; init; } = [];

    /// <summary>One log line: `Allow iam:ListRoles on * for arn:... by [user/alice/inline#AllowList]`.</summary>
    public override string ToString()
    {
        var by = DecidingStatements.Count == 0 ? "no matching statement" : "by " + string.Join(", ", DecidingStatements);
        var errors = Errors.Count == 0 ? "" : " errors: " + string.Join("; ", Errors);
        return $"{Decision} {Action} on {Resource} for {PrincipalArn} {by}{errors}";
    }
}
