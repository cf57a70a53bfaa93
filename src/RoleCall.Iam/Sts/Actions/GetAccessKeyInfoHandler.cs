using RoleCall.Iam.Handlers;
using RoleCall.Core.Identity;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Iam.Sts.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// GetAccessKeyInfo: the account an access key ID belongs to, read from the ID itself (so it answers for
/// keys this server never issued, as AWS does). https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html
/// </summary>
internal sealed class GetAccessKeyInfoHandler : StsHandler
{
    public override string Action => "GetAccessKeyInfo";

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keyId = StsParameters.Get(context.Request.Parameters, "AccessKeyId");
        new ParameterValidator()
            .Required("accessKeyId", keyId)
            .Length("accessKeyId", keyId, 16, 128)
            .Pattern("accessKeyId", keyId, StsPatterns.AccessKeyId(), StsPatterns.AccessKeyIdText)
            .ThrowIfInvalid();
        var account = AccessKeyIds.AccountOf(keyId!) ?? throw StsErrors.InvalidAccessKeyId(keyId!);
        return Result.Of(Action, Result.Text("Account", account));
    }
}
