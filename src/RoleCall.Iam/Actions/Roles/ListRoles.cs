using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>ListRoles: PathPrefix, Marker, MaxItems; members without tags, boundary or last use, as AWS lists them.</summary>
internal sealed class ListRoles : IamActionHandler
{
    public override string Action => "ListRoles";

    public override string ResourceArn(ActionContext context) => $"arn:aws:iam::{context.AccountId}:role/";

    public override ResultStruct? Execute(ActionContext context)
    {
        var prefix = Entities.ReadPathPrefix(context);
        var page = context.Store.ListEntities(context.AccountId, EntityKind.Role, prefix, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Shapes.ListedRoles(page),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
