using RoleCall.Core.Identity;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Credentials;
using RoleCall.Iam.Sts.Mfa;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Sessions;
using RoleCall.Iam.Sts.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.AssumeRole;

/// <summary>
/// AssumeRole, step by step as AWS orders it: validate the parameters; refuse root; check MFA; decide trust
/// (the role's trust policy as a resource policy that must allow, together with the caller's identity
/// policies — <see cref="TrustDecision"/>); a missing role and an untrusted caller get the same AccessDenied;
/// then durations, session policies and tags; then issue and store the session.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
/// </summary>
internal static class RoleAssumption
{
    public const int DefaultDurationSeconds = 3600;

    /// <summary>Role chaining (a role session assuming a role) is capped at one hour.</summary>
    public const int ChainingMaxSeconds = 3600;

    public static ResultStruct Run(ActionContext context, AssumeRoleRequest request, AccessEvaluator evaluator)
    {
        StsRequestValidation.Validate(request);
        var caller = context.Caller;
        if (caller.Kind == PrincipalKind.Root)
        {
            throw StsErrors.RootMayNotAssumeRoles();
        }

        var roleArn = request.RoleArn!;
        if (!Arn.TryParse(roleArn, out var parsed) || parsed.Value.Service != "iam" || parsed.Value.ResourceType != "role")
        {
            throw StsErrors.InvalidRoleArn(roleArn);
        }

        var mfaAt = MfaVerifier.Verify(context, request.SerialNumber, request.TokenCode);
        var tags = SessionTags.Combine(caller.Session, request.Tags, request.TransitiveTagKeys);
        var sourceIdentity = SourceIdentity(caller.Session, request.SourceIdentity);

        // The role is looked up by name in the ARN's account; its full ARN (path included) must match.
        var role = context.Store.FindEntity(parsed.Value.Account, EntityKind.Role, parsed.Value.ResourceName) as IamRole;
        if (role is null || !string.Equals(role.Arn, roleArn, StringComparison.Ordinal)
            || !TrustDecision.Allows(context, evaluator, role, request, mfaAt, tags, sourceIdentity))
        {
            if (role is null)
            {
                evaluator.Report(caller, "sts:AssumeRole", roleArn, Policy.Authorization.Decision.ImplicitDeny, "no such role");
            }

            throw StsErrors.NotAuthorizedToAssume(caller.Arn, roleArn);
        }

        var duration = Duration(request.DurationSeconds, role, isChaining: caller.Kind == PrincipalKind.AssumedRole);
        var sessionPolicies = SessionPolicyInput.Resolve(context.Runtime, parsed.Value.Account, request.Policy, request.PolicyArns);
        var packed = PackedPolicy.PercentOf(sessionPolicies, tags.Tags);
        if (packed > 100)
        {
            throw StsErrors.PackedPolicyTooLarge(packed);
        }

        var sessionName = request.RoleSessionName!;
        var session = new SessionContext(
            context.Now,
            context.Now.AddSeconds(duration),
            MultiFactorAuthPresent: mfaAt is not null || caller.Session?.MultiFactorAuthPresent == true,
            MultiFactorAuthTime: mfaAt ?? caller.Session?.MultiFactorAuthTime,
            RoleArn: role.Arn,
            SourceIdentity: sourceIdentity,
            SessionPolicies: sessionPolicies,
            Tags: tags.IsEmpty ? null : tags.Tags,
            TransitiveTagKeys: tags.TransitiveKeys.Count == 0 ? null : tags.TransitiveKeys,
            IssuedBy: caller.Arn);
        var sessionArn = $"arn:aws:sts::{role.AccountId}:assumed-role/{role.Name}/{sessionName}";
        var assumedRoleId = $"{role.Id}:{sessionName}";
        var credentials = SessionIssuer.Issue(context, role.AccountId, session.Expiration, keyId =>
            new Caller(PrincipalKind.AssumedRole, role.AccountId, sessionArn, assumedRoleId, keyId, session));

        // AWS reports the packed size only when session policies or tags were passed.
        var reportPacked = sessionPolicies is not null || !tags.IsEmpty;
        return Result.Of(
            "AssumeRole",
            SessionIssuer.Render(credentials),
            Result.Struct("AssumedRoleUser", Result.Text("AssumedRoleId", assumedRoleId), Result.Text("Arn", sessionArn)),
            reportPacked ? Result.Number("PackedPolicySize", packed) : null,
            Result.OptionalText("SourceIdentity", sourceIdentity));
    }

    private static int Duration(int? requested, IamRole role, bool isChaining)
    {
        if (isChaining && requested > ChainingMaxSeconds)
        {
            throw StsErrors.ChainingDurationTooLong();
        }

        if (requested > role.MaxSessionDuration)
        {
            throw StsErrors.DurationAboveMaxSessionDuration();
        }

        return requested ?? DefaultDurationSeconds;
    }

    /// <summary>A source identity, once set on a session, is carried through chaining and cannot change.</summary>
    private static string? SourceIdentity(SessionContext? callerSession, string? requested)
    {
        var inherited = callerSession?.SourceIdentity;
        if (inherited is not null && requested is not null && !string.Equals(inherited, requested, StringComparison.Ordinal))
        {
            throw StsErrors.SourceIdentityCannotChange();
        }

        return inherited ?? requested;
    }
}
