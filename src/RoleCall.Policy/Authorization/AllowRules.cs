using RoleCall.Policy.Evaluation;

namespace RoleCall.Policy.Authorization;

/// <summary>
/// The allow half of the evaluation logic, once no explicit deny applies: which layers must allow for the
/// caller and resource at hand. Each branch cites the rule it implements (facts file, "Policy evaluation").
/// </summary>
internal static class AllowRules
{
    public static (DenialReason Reason, MatchedStatement? Deciding) Decide(
        AuthorizationRequest request, LayerOutcome identity, LayerOutcome resource, LayerOutcome boundary, LayerOutcome session)
    {
        var context = request.Context;
        var principal = context.Principal;

        // Services, web identity/SAML providers and anonymous callers have no identity policies: the resource
        // (trust) policy alone decides.
        if (principal.Type is PrincipalType.Service or PrincipalType.Federated or PrincipalType.Anonymous)
        {
            return resource.Allows ? (DenialReason.None, resource.Allow) : (DenialReason.NoResourcePolicyAllows, null);
        }

        // The root user is allowed everything in its own account (only SCPs, not modelled, could limit it).
        var isRoot = principal.Type == PrincipalType.Root;
        var identityAllows = identity.Allows || isRoot;
        var boundaryAllows = isRoot || request.PermissionsBoundary is null || boundary.Allows;
        var sessionAllows = isRoot || request.SessionPolicies is null || session.Allows;
        var identityDeciding = identity.Allow ?? resource.Allow;

        if (context.IsCrossAccount)
        {
            // Cross-account: both sides must allow — the resource's policy, and the caller's own identity
            // policies within its boundary and session policies.
            return !resource.Allows ? (DenialReason.NoResourcePolicyAllows, null)
                : Limits(identityAllows, boundaryAllows, sessionAllows) is var r && r != DenialReason.None ? (r, null)
                : (DenialReason.None, identityDeciding);
        }

        // Same account. A resource policy naming the caller itself (user, session or federated-user ARN) is
        // enough alone: neither boundary nor session policies limit it.
        if (resource.Allows && resource.AllowPrincipal == PrincipalMatch.Exact)
        {
            return (DenialReason.None, resource.Allow);
        }

        // Trust policies must name the caller (or its account, delegating to identity policies) themselves.
        if (request.RequireResourcePolicyAllow && !resource.Allows)
        {
            return (DenialReason.NoResourcePolicyAllows, null);
        }

        // A resource policy naming the caller's role (or everyone) grants like an identity policy would and is
        // still limited by boundary and session; naming the account only delegates to identity policies.
        var resourceGrants = resource.Allows && resource.AllowPrincipal is PrincipalMatch.Role or PrincipalMatch.Everyone;
        var reason = Limits(identityAllows || resourceGrants, boundaryAllows, sessionAllows);
        return reason != DenialReason.None ? (reason, null) : (DenialReason.None, identity.Allow ?? resource.Allow);
    }

    private static DenialReason Limits(bool granted, bool boundaryAllows, bool sessionAllows) =>
        (granted, boundaryAllows, sessionAllows) switch
        {
            (false, _, _) => DenialReason.NoIdentityPolicyAllows,
            (true, false, _) => DenialReason.NoPermissionsBoundaryAllows,
            (true, true, false) => DenialReason.NoSessionPolicyAllows,
            _ => DenialReason.None,
        };
}
