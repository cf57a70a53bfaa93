using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>ListGroupsForUser: the user's groups by name (at most 10, so paged in memory).</summary>
internal sealed class ListGroupsForUser : IamActionHandler
{
    public override string Action => "ListGroupsForUser";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        var groups = user.GroupIds.Select(context.Store.FindEntityById).OfType<IamGroup>()
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase);
        var page = Paging.Slice(groups, g => g.Name, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("Groups", page.Items.Select(g => Shapes.Group(g, "member"))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
