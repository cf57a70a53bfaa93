using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// Runs the policy engine for every (action, resource) pair of a simulation — the same Authorizer that
/// guards every call on the server, so the simulator and enforcement cannot disagree.
/// </summary>
internal static class PolicySimulator
{
    /// <summary>
    /// Evaluates only the pairs of one page, [start, start + count) in action-major order: a caller who sends
    /// 2,000 actions x 2,000 resources pays for the page it reads, never for the 4,000,000 pairs up front
    /// (issue 17, item 2). The caller bounds count (<see cref="SimulationLimits.MaxItems"/>).
    /// </summary>
    public static List<SimulationOutcome> Run(SimulationInput input, long start, int count)
    {
        var total = (long)input.Actions.Count * input.Resources.Count;
        var end = Math.Min(total, start + count);
        var outcomes = new List<SimulationOutcome>((int)Math.Max(0, end - start));
        var identity = input.Identity.Select(p => p.Policy).ToArray();
        var resourcePolicies = input.ResourcePolicy is { } rp ? new[] { rp.Policy } : [];
        IEnumerable<CompiledPolicy> all = [.. identity, .. resourcePolicies, .. input.Boundary is { } b ? [b.Policy] : Array.Empty<CompiledPolicy>()];
        for (var pair = start; pair < end; pair++)
        {
            var action = input.Actions[(int)(pair / input.Resources.Count)];
            var resource = input.Resources[(int)(pair % input.Resources.Count)];
            var context = new RequestContext(input.Principal, action, resource, input.ResourceOwnerAccount);
            ContextEntryReader.Apply(input.Context, context);
            var matched = new List<MatchedStatement>();
            var result = Authorizer.Authorize(new AuthorizationRequest
            {
                Context = context,
                IdentityPolicies = identity,
                ResourcePolicies = resourcePolicies,
                PermissionsBoundary = input.Boundary?.Policy,
            }, matched);
            outcomes.Add(new SimulationOutcome(action, resource, result, Deciding(result, matched),
                ContextKeyAnalysis.MissingKeys(all, context), BoundaryAllows(input, matched),
                Details(input, context, resource, matched)));
        }

        return outcomes;
    }

    /// <summary>AWS lists only the deny statements after an explicit deny, the allowing ones after an allow, none otherwise.</summary>
    private static List<MatchedStatement> Deciding(AuthorizationResult result, List<MatchedStatement> matched) => result.Decision switch
    {
        Decision.ExplicitDeny => [.. matched.Where(m => m.Effect == Effect.Deny)],
        Decision.Allow => [.. matched.Where(m => m.Effect == Effect.Allow && m.Layer != PolicyLayer.PermissionsBoundary)],
        _ => [],
    };

    private static bool? BoundaryAllows(SimulationInput input, List<MatchedStatement> matched)
    {
        if (input.Boundary is null)
        {
            return null;
        }

        var boundary = matched.Where(m => m.Layer == PolicyLayer.PermissionsBoundary).ToList();
        return boundary.Any(m => m.Effect == Effect.Allow) && boundary.All(m => m.Effect == Effect.Allow);
    }

    /// <summary>
    /// EvalDecisionDetails: per policy type for cross-account simulations, present but empty for same-account
    /// ones on a specific resource, absent for `*` (the API reference's rules; key names unverified).
    /// </summary>
    private static List<KeyValuePair<string, string>>? Details(SimulationInput input, RequestContext context, string resource, List<MatchedStatement> matched)
    {
        if (!context.IsCrossAccount)
        {
            return resource == "*" ? null : [];
        }

        return
        [
            new("IAM Policy", LayerDecision(matched, PolicyLayer.Identity)),
            new("Resource Policy", input.ResourcePolicy is null ? "implicitDeny" : LayerDecision(matched, PolicyLayer.Resource)),
        ];
    }

    private static string LayerDecision(List<MatchedStatement> matched, PolicyLayer layer)
    {
        var layerMatches = matched.Where(m => m.Layer == layer).ToList();
        return layerMatches.Any(m => m.Effect == Effect.Deny) ? "explicitDeny" : layerMatches.Count > 0 ? "allowed" : "implicitDeny";
    }

    public static string Wire(Decision decision) => decision switch
    {
        Decision.Allow => "allowed",
        Decision.ExplicitDeny => "explicitDeny",
        _ => "implicitDeny",
    };
}
