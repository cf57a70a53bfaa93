using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Sessions;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Sts.AssumeRole;

/// <summary>
/// Whether the caller may assume the role: `sts:AssumeRole` — plus `sts:TagSession` when the session gets
/// tags and `sts:SetSourceIdentity` when it carries a source identity — each decided over the role's trust
/// policy (which must allow: a named principal suffices in the same account, an account principal
/// delegates to the caller's identity policies, cross-account needs both) and the caller's identity,
/// boundary and session policies, with the AssumeRole condition keys set.
/// </summary>
internal static class TrustDecision
{
    public static bool Allows(
        ActionContext context,
        AccessEvaluator evaluator,
        IamRole role,
        AssumeRoleRequest request,
        DateTimeOffset? mfaAt,
        SessionTags tags,
        string? sourceIdentity)
    {
        var trust = PolicyEngine.Compile(role.AssumeRolePolicyDocument, PolicyKind.Trust, $"role/{role.Name}/trust-policy");
        if (trust is null)
        {
            return false;
        }

        var policies = PrincipalPolicyGatherer.Gather(context.Runtime, context.Caller);
        bool Decide(string action)
        {
            var keys = RequestContextBuilder.Build(context.Caller, action, role.Arn, role.AccountId, context.Info, context.Now, policies.PrincipalTags);
            AddAssumeRoleKeys(keys, request, mfaAt, context.Now);
            RequestContextBuilder.AddRequestTags(keys, request.Tags);
            return evaluator.Evaluate(context.Caller, policies, keys, trust).IsAllowed;
        }

        return Decide("sts:AssumeRole")
            && (tags.IsEmpty || Decide("sts:TagSession"))
            && (sourceIdentity is null || Decide("sts:SetSourceIdentity"));
    }

    private static void AddAssumeRoleKeys(Policy.Evaluation.RequestContext context, AssumeRoleRequest request, DateTimeOffset? mfaAt, DateTimeOffset now)
    {
        // MFA offered with this very request counts for the trust policy's aws:MultiFactorAuth* conditions.
        if (mfaAt is not null)
        {
            RequestContextBuilder.SetMfa(context, true, mfaAt, now);
        }

        context.Set(ConditionKeys.StsRoleSessionName, request.RoleSessionName!);
        if (request.ExternalId is { } externalId)
        {
            context.Set(ConditionKeys.StsExternalId, externalId);
        }

        if (request.SourceIdentity is { } sourceIdentity)
        {
            context.Set(ConditionKeys.StsSourceIdentity, sourceIdentity);
        }

        if (request.TransitiveTagKeys.Count > 0)
        {
            context.SetValues(ConditionKeys.StsTransitiveTagKeys, request.TransitiveTagKeys);
        }
    }
}
