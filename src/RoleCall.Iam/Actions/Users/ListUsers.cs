using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Users;

/// <summary>ListUsers: PathPrefix, Marker, MaxItems; members without tags or boundary, as AWS lists them.</summary>
internal sealed class ListUsers : IamActionHandler
{
    public override string Action => "ListUsers";

    public override string ResourceArn(ActionContext context) => $"arn:aws:iam::{context.AccountId}:user/";

    public override ResultStruct? Execute(ActionContext context)
    {
        var prefix = Entities.ReadPathPrefix(context);
        var page = context.Store.ListEntities(context.AccountId, EntityKind.User, prefix, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("Users", page.Items.Cast<IamUser>().Select(Shapes.ListedUser)),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
