using RoleCall.Policy.Model;

namespace RoleCall.Policy.Authorization;

/// <summary>A statement that applied to the request: which policy, which statement, from which layer.</summary>
public readonly record struct MatchedStatement(CompiledPolicy Policy, CompiledStatement Statement, PolicyLayer Layer)
{
    public string PolicyId => Policy.Id;

    public Effect Effect => Statement.Effect;

    /// <summary>"policy-id/Sid" or "policy-id/Statement[i]", for logs (`--explain`).</summary>
    public override string ToString() => $"{Layer} {Policy.Id}/{Statement.DisplayName} ({Statement.Effect})";
}
