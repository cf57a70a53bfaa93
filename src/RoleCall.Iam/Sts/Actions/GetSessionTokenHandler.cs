using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Credentials;
using RoleCall.Iam.Sts.Mfa;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// GetSessionToken: temporary credentials for the caller itself, optionally MFA-authenticated. Long-term keys
/// only; needs no permission; 900-129600 s, default 43200, and at most one hour for root. What the
/// credentials may do afterwards is limited by <see cref="SessionTypeLimits"/>.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
/// </summary>
internal sealed class GetSessionTokenHandler : StsHandler
{
    public const int DefaultSeconds = 43200;
    public const int RootMaxSeconds = 3600;

    public override string Action => "GetSessionToken";

    public override bool RequiresAuthorization => false;

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Request.Parameters;
        var duration = StsParameters.GetInt(p, "DurationSeconds", "durationSeconds");
        var serial = StsParameters.Get(p, "SerialNumber");
        var code = StsParameters.Get(p, "TokenCode");
        var validator = new ParameterValidator().Range("durationSeconds", duration, 900, 129600);
        StsRequestValidation.MfaAndSessionFields(validator, serial, code, null, []).ThrowIfInvalid();

        var caller = context.Caller;
        if (caller.IsTemporary)
        {
            throw StsErrors.SessionCredentialsNotAllowed(Action);
        }

        var mfaAt = MfaVerifier.Verify(context, serial, code);
        var seconds = duration ?? DefaultSeconds;
        if (caller.Kind == PrincipalKind.Root)
        {
            // AWS shortens root's sessions to an hour rather than refusing longer ones.
            seconds = Math.Min(seconds, RootMaxSeconds);
        }

        var session = new SessionContext(context.Now, context.Now.AddSeconds(seconds), mfaAt is not null, mfaAt, IssuedBy: caller.Arn)
        {
            TokenKind = SessionTypeLimits.GetSessionToken,
        };
        var credentials = SessionIssuer.Issue(context, caller.AccountId, session.Expiration, keyId =>
            caller with { AccessKeyId = keyId, Session = session });
        return Result.Of(Action, SessionIssuer.Render(credentials));
    }
}
