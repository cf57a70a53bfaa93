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
            // Root (long-term or GetSessionToken keys) is not subject to identity policies: everything in its
            // account, and AWS-managed policies, but nothing of another account's: IAM users, groups and roles
            // have no resource policy that could let it in. Refused before the handler looks anything up, so a
            // missing name and an existing one answer alike (issue 17, item 3: no enumeration).
            if (!InOwnAccount(caller.AccountId, resourceArn))
            {
                evaluator.Report(caller, action, resourceArn, Decision.ImplicitDeny, "another account's resource");
                throw AccessDeniedMessages.Denied(caller.Arn, action, resourceArn, DenialReason.NoResourcePolicyAllows);
            }

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

    /// <summary>An ARN's account field (the fifth) is empty, `aws` (AWS-managed policies) or the caller's own.</summary>
    private static bool InOwnAccount(string account, string resourceArn)
    {
        if (!resourceArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return true;
        }

        var fields = resourceArn.Split(':', 6);
        var owner = fields.Length == 6 ? fields[4] : string.Empty;
        return owner.Length == 0 || owner == "aws" || owner == account;
    }
}
