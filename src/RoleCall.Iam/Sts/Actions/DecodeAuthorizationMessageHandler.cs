using RoleCall.Iam.Handlers;
using RoleCall.Iam.Sts.Messages;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// DecodeAuthorizationMessage: the details of a denial this server encoded. Needs sts:DecodeAuthorizationMessage.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
/// </summary>
internal sealed class DecodeAuthorizationMessageHandler : StsHandler
{
    public override string Action => "DecodeAuthorizationMessage";

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var encoded = StsParameters.Get(context.Request.Parameters, "EncodedMessage");
        new ParameterValidator().Required("encodedMessage", encoded).Length("encodedMessage", encoded, 1, 10240).ThrowIfInvalid();
        var decoded = AuthorizationMessageCodec.Decode(encoded!) ?? throw StsErrors.InvalidAuthorizationMessage();
        return Result.Of(Action, Result.Text("DecodedMessage", decoded));
    }
}
