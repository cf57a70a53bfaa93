using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>CreateAccessKey: a new AKIA key (encoding the account) with a 40-character secret; at most 2 per user.</summary>
internal sealed class CreateAccessKey : IamActionHandler
{
    public override string Action => "CreateAccessKey";

    public override string ResourceArn(ActionContext context) => KeyOwner.Arn(context);

    public override ResultStruct? Execute(ActionContext context)
    {
        var owner = KeyOwner.Resolve(context);
        if (context.Store.ListAccessKeys(context.AccountId, owner.UserId).Count >= IamLimits.AccessKeysPerUser)
        {
            throw IamErrors.Quota("AccessKeysPerUser", IamLimits.AccessKeysPerUser);
        }

        var key = new AccessKey(IamIds.AccessKeyId(context.AccountId), context.AccountId, owner.UserId, IamIds.Secret(), context.Now);
        context.Store.AddAccessKey(key);
        return Result.Of(Action, Result.Struct("AccessKey",
            Result.OptionalText("UserName", owner.UserName),
            Result.Text("AccessKeyId", key.AccessKeyId),
            Result.Text("Status", Shapes.Status(key.Active)),
            Result.Text("SecretAccessKey", key.SecretAccessKey),
            Result.Date("CreateDate", key.CreateDate)));
    }
}
