using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// GetCallerIdentity: who signed the request. Needs no permission and works even under an explicit deny
/// of everything. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
/// </summary>
internal sealed class GetCallerIdentityHandler : StsHandler
{
    public override string Action => "GetCallerIdentity";

    public override bool RequiresAuthorization => false;

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller;
        return Result.Of(Action, Result.Text("UserId", caller.UserId), Result.Text("Account", caller.AccountId), Result.Text("Arn", caller.Arn));
    }
}
