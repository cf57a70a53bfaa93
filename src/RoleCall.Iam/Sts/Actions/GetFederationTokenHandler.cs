using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Credentials;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Sessions;
using RoleCall.Iam.Sts.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// GetFederationToken: a federated user named by the caller, whose permissions are the caller's narrowed by
/// the session policies — none given, none granted. Long-term keys only; needs sts:GetFederationToken.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
/// </summary>
internal sealed class GetFederationTokenHandler : StsHandler
{
    public override string Action => "GetFederationToken";

    // Authorized inside Execute, after the session-credentials check AWS reports first.
    public override bool RequiresAuthorization => false;

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:sts::{context?.AccountId}:federated-user/{context?.Request.Parameters.GetValueOrDefault("Name")}";

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Request.Parameters;
        var name = StsParameters.Get(p, "Name");
        var duration = StsParameters.GetInt(p, "DurationSeconds", "durationSeconds");
        var policy = StsParameters.Get(p, "Policy");
        var policyArns = StsParameters.GetList(p, "PolicyArns", "arn");
        var requestTags = StsParameters.GetTags(p, "Tags");
        var validator = new ParameterValidator()
            .Required("name", name)
            .Length("name", name, 2, 32)
            .Pattern("name", name, StsPatterns.Name(), StsPatterns.NameText)
            .Range("durationSeconds", duration, 900, 129600)
            .Count("tags", requestTags, 50);
        StsRequestValidation.MfaAndSessionFields(validator, null, null, policy, policyArns);
        StsRequestValidation.Tags(validator, requestTags).ThrowIfInvalid();

        var caller = context.Caller;
        if (caller.IsTemporary)
        {
            throw StsErrors.SessionCredentialsNotAllowed(Action);
        }

        new PolicyRequestAuthorizer(context.Runtime).Check(context, "sts:GetFederationToken", ResourceArn(context));
        var seconds = duration ?? GetSessionTokenHandler.DefaultSeconds;
        if (caller.Kind == PrincipalKind.Root)
        {
            seconds = Math.Min(seconds, GetSessionTokenHandler.RootMaxSeconds);
        }

        var sessionPolicies = SessionPolicyInput.Resolve(context.Runtime, context.AccountId, policy, policyArns) ?? [];
        var tags = SessionTags.Combine(null, requestTags, []);
        var packed = PackedPolicy.PercentOf(sessionPolicies, tags.Tags);
        if (packed > 100)
        {
            throw StsErrors.PackedPolicyTooLarge(packed);
        }

        var arn = $"arn:aws:sts::{caller.AccountId}:federated-user/{name}";
        var userId = $"{caller.AccountId}:{name}";
        var session = new SessionContext(
            context.Now, context.Now.AddSeconds(seconds), false, SessionPolicies: sessionPolicies, Tags: tags.IsEmpty ? null : tags.Tags, IssuedBy: caller.Arn)
        {
            TokenKind = SessionTypeLimits.GetFederationToken,
        };
        var credentials = SessionIssuer.Issue(context, caller.AccountId, session.Expiration, keyId =>
            new Caller(PrincipalKind.FederatedUser, caller.AccountId, arn, userId, keyId, session));
        return Result.Of(
            Action,
            SessionIssuer.Render(credentials),
            Result.Struct("FederatedUser", Result.Text("FederatedUserId", userId), Result.Text("Arn", arn)),
            Result.Number("PackedPolicySize", packed));
    }
}
