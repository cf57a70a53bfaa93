using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>GetGroup: the group and a page of its users (Group, Users, IsTruncated, Marker).</summary>
internal sealed class GetGroup : IamActionHandler
{
    public override string Action => "GetGroup";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Group);

    public override ResultStruct? Execute(ActionContext context)
    {
        var group = Entities.RequireGroup(context);
        var page = context.Store.ListGroupMembers(group.Id, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Shapes.Group(group),
            Result.List("Users", page.Items.Select(u => Shapes.User(u, detailed: false, "member"))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
