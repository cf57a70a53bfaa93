using System.Globalization;
using RoleCall.Core.Time;
using RoleCall.Iam.Model;
using RoleCall.Policy.Evaluation;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// Builds the condition keys of one request as AWS populates them — and leaves out the ones AWS omits:
/// `aws:username` only for IAM users, `aws:MultiFactorAuthPresent`/`aws:TokenIssueTime` only for temporary
/// credentials, `aws:MultiFactorAuthAge` only after MFA. Keys are case-insensitive.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
/// </summary>
internal static class RequestContextBuilder
{
    public static RequestContext Build(
        Caller caller,
        string action,
        string resource,
        string? resourceAccount,
        RequestInfo info,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string> principalTags)
    {
        var context = new RequestContext(Principal(caller), action, resource, resourceAccount)
            .Set(ConditionKeys.PrincipalArn, PrincipalArn(caller))
            .Set(ConditionKeys.PrincipalAccount, caller.AccountId)
            .Set(ConditionKeys.PrincipalType, PrincipalTypeValue(caller.Kind))
            .Set(ConditionKeys.UserId, caller.UserId)
            .Set(ConditionKeys.CurrentTime, AwsTimeFormats.ToIso8601(now))
            .Set(ConditionKeys.EpochTime, Number(now.ToUnixTimeSeconds()))
            .Set(ConditionKeys.SourceIp, info.SourceIp)
            .Set(ConditionKeys.SecureTransport, Bool(info.SecureTransport))
            .Set(ConditionKeys.RequestedRegion, info.Region);

        if (caller.Kind == PrincipalKind.User)
        {
            // The user name is the last segment of the user ARN (the path is not part of it).
            context.Set(ConditionKeys.UserName, caller.Arn[(caller.Arn.LastIndexOf('/') + 1)..]);
        }

        if (caller.Session is { } session)
        {
            SetMfa(context, session.MultiFactorAuthPresent, session.MultiFactorAuthTime, now);
            context.Set(ConditionKeys.TokenIssueTime, AwsTimeFormats.ToIso8601(session.IssuedAt));
            if (session.SourceIdentity is { } sourceIdentity)
            {
                context.Set(ConditionKeys.SourceIdentity, sourceIdentity);
            }
        }

        foreach (var (key, value) in principalTags)
        {
            context.Set(ConditionKeys.PrincipalTagPrefix + key, value);
        }

        return context;
    }

    /// <summary>`aws:MultiFactorAuthPresent`, and `aws:MultiFactorAuthAge` (seconds since the code was checked) after MFA.</summary>
    public static void SetMfa(RequestContext context, bool present, DateTimeOffset? authenticatedAt, DateTimeOffset now)
    {
        context.Set(ConditionKeys.MultiFactorAuthPresent, Bool(present));
        if (present && authenticatedAt is { } at)
        {
            context.Set(ConditionKeys.MultiFactorAuthAge, Number((long)Math.Max(0, (now - at).TotalSeconds)));
        }
    }

    /// <summary>Adds `aws:RequestTag/k` for each tag and `aws:TagKeys` (multivalued) for a request that passes tags.</summary>
    public static void AddRequestTags(RequestContext context, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        if (tags.Count == 0)
        {
            return;
        }

        foreach (var (key, value) in tags)
        {
            context.Set(ConditionKeys.RequestTagPrefix + key, value);
        }

        context.SetValues(ConditionKeys.TagKeys, tags.Select(t => t.Key));
    }

    /// <summary>The caller in the policy engine's terms (what Principal elements match).</summary>
    public static RequestPrincipal Principal(Caller caller) => caller.Kind switch
    {
        PrincipalKind.Root => RequestPrincipal.Root(caller.AccountId),
        PrincipalKind.User => RequestPrincipal.User(caller.Arn, caller.AccountId, caller.UserId),
        PrincipalKind.AssumedRole => RequestPrincipal.AssumedRole(caller.Arn, PrincipalArn(caller), caller.AccountId, caller.UserId),
        _ => RequestPrincipal.FederatedUser(caller.Arn, caller.AccountId),
    };

    /// <summary>`aws:PrincipalArn`: for a role session the ROLE's ARN (with path), not the session ARN.</summary>
    public static string PrincipalArn(Caller caller) =>
        caller.Kind == PrincipalKind.AssumedRole && caller.Session?.RoleArn is { } roleArn ? roleArn : caller.Arn;

    public static string PrincipalTypeValue(PrincipalKind kind) => kind switch
    {
        PrincipalKind.Root => "Account",
        PrincipalKind.User => "User",
        PrincipalKind.AssumedRole => "AssumedRole",
        _ => "FederatedUser",
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
