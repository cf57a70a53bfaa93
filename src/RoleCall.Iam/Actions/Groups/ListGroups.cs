using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>ListGroups: PathPrefix, Marker, MaxItems.</summary>
internal sealed class ListGroups : IamActionHandler
{
    public override string Action => "ListGroups";

    public override string ResourceArn(ActionContext context) => $"arn:aws:iam::{context.AccountId}:group/";

    public override ResultStruct? Execute(ActionContext context)
    {
        var prefix = Entities.ReadPathPrefix(context);
        var page = context.Store.ListEntities(context.AccountId, EntityKind.Group, prefix, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("Groups", page.Items.Cast<IamGroup>().Select(g => Shapes.Group(g, "member"))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
