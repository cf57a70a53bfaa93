using RoleCall.Policy.Evaluation;

namespace RoleCall.Policy.Authorization;

/// <summary>
/// Combines identity, resource (trust), permissions-boundary and session policies as the IAM User Guide's
/// evaluation logic does, and returns the decision with its reasons. Never throws for policy content and
/// never allows when a statement could not be evaluated.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
/// </summary>
public static class Authorizer
{
    /// <summary>Decides one request.</summary>
    /// <param name="request">The request context and the policies of every layer.</param>
    /// <param name="matched">When given, receives every statement that applied (allows and denies, all
    /// layers) — for `--explain` and the simulation APIs. Leave null on the hot path.</param>
    public static AuthorizationResult Authorize(AuthorizationRequest request, ICollection<MatchedStatement>? matched = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        List<EvaluationError>? errors = null;
        var identity = LayerEvaluator.Evaluate(request.IdentityPolicies, PolicyLayer.Identity, context, ref errors, matched);
        var resource = LayerEvaluator.Evaluate(request.ResourcePolicies, PolicyLayer.Resource, context, ref errors, matched);
        var boundary = default(LayerOutcome);
        if (request.PermissionsBoundary is { } boundaryPolicy)
        {
            LayerEvaluator.Evaluate(boundaryPolicy, PolicyLayer.PermissionsBoundary, context, ref boundary, ref errors, matched);
        }

        var session = LayerEvaluator.Evaluate(request.SessionPolicies, PolicyLayer.Session, context, ref errors, matched);

        // 1. An explicit deny anywhere decides.
        var deny = identity.Deny is { } d1 ? (d1, DenialReason.ExplicitDenyInIdentityPolicy)
            : resource.Deny is { } d2 ? (d2, DenialReason.ExplicitDenyInResourcePolicy)
            : boundary.Deny is { } d3 ? (d3, DenialReason.ExplicitDenyInPermissionsBoundary)
            : session.Deny is { } d4 ? (d4, DenialReason.ExplicitDenyInSessionPolicy)
            : ((MatchedStatement?)null, DenialReason.None);
        if (deny.Item1 is not null)
        {
            return new AuthorizationResult(Decision.ExplicitDeny, deny.Item2, deny.Item1, errors);
        }

        // 2. Fail closed: a statement we could not evaluate might have denied.
        if (errors is not null)
        {
            return new AuthorizationResult(Decision.ImplicitDeny, DenialReason.EvaluationError, null, errors);
        }

        var (reason, deciding) = AllowRules.Decide(request, identity, resource, boundary, session);
        return reason == DenialReason.None
            ? new AuthorizationResult(Decision.Allow, DenialReason.None, deciding, null)
            : new AuthorizationResult(Decision.ImplicitDeny, reason, null, null);
    }
}
