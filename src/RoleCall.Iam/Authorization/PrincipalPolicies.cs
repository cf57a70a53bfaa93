using RoleCall.Policy.Model;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// Everything about a caller that bears on a decision: identity policies (a user's inline + attached + its
/// groups'; for a role session the role's, read now), the boundary, the session policies (null = no session
/// layer) and the tags `aws:PrincipalTag/*` reads.
/// </summary>
internal sealed record PrincipalPolicies(
    IReadOnlyList<CompiledPolicy> Identity,
    CompiledPolicy? Boundary,
    IReadOnlyList<CompiledPolicy>? Session,
    IReadOnlyDictionary<string, string> PrincipalTags)
{
    public static PrincipalPolicies None { get; } = new([], null, [], new Dictionary<string, string>());
}
