using RoleCall.Core.Errors;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Messages;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Access;

/// <summary>
/// <see cref="IAccessAuthorizer"/> over the IAM runtime: gathers the caller's policies from the store at
/// request time (as IAM's own authorizer does), builds the request context with the global keys plus the
/// service's keys, and lets the policy engine combine identity, boundary, session and resource layers.
/// Every decision reaches the `--explain` sink.
/// </summary>
public sealed class AccessAuthorizer : IAccessAuthorizer
{
    private readonly IamRuntime _runtime;
    private readonly AccessEvaluator _evaluator;

    public AccessAuthorizer(IamRuntime runtime)
    {
        _runtime = runtime;
        _evaluator = new AccessEvaluator(() => ExplainRegistry.For(runtime));
    }

    public AccessDecision Decide(AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        var now = _runtime.Clock.GetUtcNow();
        var policies = caller.Kind == PrincipalKind.Root ? PrincipalPolicies.None : PrincipalPolicyGatherer.Gather(_runtime, caller);
        var context = RequestContextBuilder.Build(caller, request.Action, request.ResourceArn, request.ResourceAccount, request.Info, now, policies.PrincipalTags);
        foreach (var (key, values) in request.ConditionKeys)
        {
            if (values.Count == 1)
            {
                context.Set(key, values[0]);
            }
            else
            {
                context.SetValues(key, values);
            }
        }

        // A stored resource policy that no longer compiles grants nothing (fail closed), as a bad identity policy does.
        IReadOnlyList<CompiledPolicy> resourcePolicies = request.ResourcePolicy is { } document
            && PolicyEngine.Compile(document, PolicyKind.Resource, "resource-policy") is { } compiled ? [compiled] : [];
        var result = _evaluator.Evaluate(caller, policies, context, resourcePolicies);
        if (result.IsAllowed)
        {
            return AccessDecision.Allowed;
        }

        var explanation = AccessEvaluator.Explain(caller, context, result) with
        {
            Conditions = [.. context.Keys.Order(StringComparer.Ordinal).Select(k => new KeyValuePair<string, IReadOnlyList<string>>(k, context.TryGetValue(k, out var v) ? v.Values : []))],
        };
        return new AccessDecision(false, result.Reason, AccessDeniedMessages.Denied(caller.Arn, request.Action, request.ResourceArn, result.Reason).Message)
        {
            EncodedMessage = AuthorizationMessageCodec.Encode(explanation),
        };
    }

    public void Authorize(AccessRequest request)
    {
        var decision = Decide(request);
        if (!decision.IsAllowed)
        {
            throw AwsServiceException.AccessDenied(decision.DeniedMessage);
        }
    }
}
