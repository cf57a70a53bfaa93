using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>DeleteAccessKey: the key stops authenticating at once.</summary>
internal sealed class DeleteAccessKey : IamActionHandler
{
    public override string Action => "DeleteAccessKey";

    public override string ResourceArn(ActionContext context) => KeyOwner.Arn(context);

    public override ResultStruct? Execute(ActionContext context)
    {
        var id = KeyOwner.ReadKeyId(context);
        var key = KeyOwner.Resolve(context).RequireKey(context, id);
        context.Store.DeleteAccessKey(key.AccessKeyId);
        return null;
    }
}
