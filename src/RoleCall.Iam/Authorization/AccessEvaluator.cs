using RoleCall.Iam.Model;
using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// Runs one decision through the policy engine and reports it to the explain sink (read per decision, so a
/// sink attached after startup still hears everything): the caller's policies
/// (and, for AssumeRole, the role's trust policy as the resource policy that must allow explicitly).
/// </summary>
internal sealed class AccessEvaluator(Func<IExplainSink?> explainSink)
{
    public AuthorizationResult Evaluate(Caller caller, PrincipalPolicies policies, RequestContext context, CompiledPolicy? trustPolicy = null) =>
        Evaluate(caller, policies, context, trustPolicy is null ? [] : [trustPolicy], requireResourceAllow: trustPolicy is not null);

    /// <summary>
    /// With resource-based policies that need not allow by themselves (an S3 bucket policy): within one
    /// account either side may allow; across accounts the engine requires both.
    /// </summary>
    public AuthorizationResult Evaluate(Caller caller, PrincipalPolicies policies, RequestContext context, IReadOnlyList<CompiledPolicy> resourcePolicies, bool requireResourceAllow = false)
    {
        var request = new AuthorizationRequest
        {
            Context = context,
            IdentityPolicies = policies.Identity,
            ResourcePolicies = resourcePolicies,
            RequireResourcePolicyAllow = requireResourceAllow,
            PermissionsBoundary = policies.Boundary,
            SessionPolicies = policies.Session,
        };
        var result = PolicyEngine.Authorize(request);
        explainSink()?.Decided(Explain(caller, context, result));
        return result;
    }

    /// <summary>Reports a decision made without the engine (root, GetCallerIdentity, session-type limits).</summary>
    public void Report(Caller caller, string action, string resource, Decision decision, string why) =>
        explainSink()?.Decided(new AuthorizationExplanation(caller.Arn, action, resource, decision.ToString(), [why], []));

    public static AuthorizationExplanation Explain(Caller caller, RequestContext context, AuthorizationResult result)
    {
        IReadOnlyList<string> deciding = result.DecidingStatement is { } statement ? [statement.ToString()] : [result.Reason.ToString()];
        return new AuthorizationExplanation(
            caller.Arn,
            context.Action,
            context.Resource,
            result.Decision.ToString(),
            deciding,
            [.. result.Errors.Select(e => $"{e.PolicyId}/{e.Statement}: {e.Message}")]);
    }
}
