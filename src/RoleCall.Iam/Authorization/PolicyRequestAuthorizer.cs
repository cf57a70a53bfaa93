using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Policy.Authorization;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// The authorizer of every IAM and STS request: root may do everything in its own account; credentials
/// from GetSessionToken/GetFederationToken are first held to their type's limits; everyone else is decided
/// by the policy engine over the caller's identity policies, boundary and session policies, with the
/// request context AWS builds. Denials throw AccessDenied in AWS's words.
/// </summary>
internal sealed class PolicyRequestAuthorizer(IamRuntime runtime) : IRequestAuthorizer
{
    private readonly AccessEvaluator evaluator = new(() => ExplainRegistry.For(runtime));

    public void Authorize(ActionContext context, IActionHandler handler, string resourceArn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handler);
        var caller = context.Caller;
        var action = handler.PolicyAction;
        if (!SessionTypeLimits.Permits(caller, handler.Service, handler.Action))
        {
            evaluator.Report(caller, action, resourceArn, Decision.ImplicitDeny, $"{caller.Session?.TokenKind} credentials may not call {action}");
            throw AccessDeniedMessages.NotPermittedForSessionType(caller.Arn, action, resourceArn);
        }

        // GetCallerIdentity, GetSessionToken, GetFederationToken and AssumeRole (which decides trust itself)
        // need no identity-policy permission here; the session-type limits above still apply to them.
        if (handler.RequiresAuthorization)
        {
            Check(context, action, resourceArn);
        }
    }

    /// <summary>Decides one action on one resource for the caller; throws AccessDenied when not allowed.</summary>
    public void Check(ActionContext context, string action, string resourceArn)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller;

        if (caller.Kind == PrincipalKind.Root)
        {
            // Root (long-term or GetSessionToken keys) is not subject to identity policies: everything in its account.
            evaluator.Report(caller, action, resourceArn, Decision.Allow, "account root");
            return;
        }

        var policies = PrincipalPolicyGatherer.Gather(runtime, caller);
        var request = RequestContextBuilder.Build(caller, action, resourceArn, null, context.Info, context.Now, policies.PrincipalTags);
        RequestContextBuilder.AddRequestTags(request, StsParameters.GetTags(context.Request.Parameters, "Tags"));
        var tagKeys = StsParameters.GetList(context.Request.Parameters, "TagKeys");
        if (tagKeys.Count > 0)
        {
            request.SetValues(ConditionKeys.TagKeys, tagKeys);
        }

        var result = evaluator.Evaluate(caller, policies, request);
        if (!result.IsAllowed)
        {
            throw AccessDeniedMessages.Denied(caller.Arn, action, resourceArn, result.Reason);
        }
    }
}
