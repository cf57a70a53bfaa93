using RoleCall.Policy.Evaluation;

namespace RoleCall.Policy.Authorization;

/// <summary>What one layer of policies said about a request: its first deny, its strongest allow.</summary>
internal struct LayerOutcome
{
    public MatchedStatement? Deny;
    public MatchedStatement? Allow;

    /// <summary>How the allowing statement named the caller (resource policies only).</summary>
    public PrincipalMatch AllowPrincipal;

    public readonly bool Allows => Allow is not null;
}
