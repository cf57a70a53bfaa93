using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>ListAccessKeys: AccessKeyMetadata (UserName, AccessKeyId, Status, CreateDate), IsTruncated, Marker.</summary>
internal sealed class ListAccessKeys : IamActionHandler
{
    public override string Action => "ListAccessKeys";

    public override string ResourceArn(ActionContext context) => KeyOwner.Arn(context);

    public override ResultStruct? Execute(ActionContext context)
    {
        var owner = KeyOwner.Resolve(context);
        var keys = context.Store.ListAccessKeys(context.AccountId, owner.UserId);
        var page = Paging.Slice(keys, k => k.AccessKeyId, Paging.Read(context.Parameters) with { After = null });
        return Result.Of(Action, [
            Result.List("AccessKeyMetadata", page.Items.Select(k => Shapes.AccessKeyMetadata(k, owner.UserName))),
            .. Result.Paging(null),
        ]);
    }
}
