using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;

namespace RoleCall.Policy.Authorization;

/// <summary>
/// A request and every policy that bears on it, by layer. Lists are read with indexers (no enumerators),
/// so reusing one request object keeps evaluation allocation-free.
/// </summary>
public sealed class AuthorizationRequest
{
    public required RequestContext Context { get; init; }

    /// <summary>The principal's identity-based policies: a user's inline + attached + its groups'; a role's for its sessions.</summary>
    public IReadOnlyList<CompiledPolicy> IdentityPolicies { get; init; } = [];

    /// <summary>The resource's policies: for AssumeRole the role's trust policy.</summary>
    public IReadOnlyList<CompiledPolicy> ResourcePolicies { get; init; } = [];

    /// <summary>
    /// True when the resource policy must allow the request itself (role trust policies: a role can only be
    /// assumed by a principal the trust policy names, even in its own account).
    /// </summary>
    public bool RequireResourcePolicyAllow { get; init; }

    /// <summary>The permissions boundary of the principal (for sessions, of the role); null when none is set.</summary>
    public CompiledPolicy? PermissionsBoundary { get; init; }

    /// <summary>
    /// Session policies (AssumeRole's Policy and PolicyArns; GetFederationToken's). Null: no session layer (a
    /// role session without session policies keeps the role's permissions). Empty: a session whose policies
    /// grant nothing (a federated user created without a policy has no permissions).
    /// </summary>
    public IReadOnlyList<CompiledPolicy>? SessionPolicies { get; init; }
}
