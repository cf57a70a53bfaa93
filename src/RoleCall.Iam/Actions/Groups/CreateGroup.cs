using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>CreateGroup: GroupName (1-128), Path.</summary>
internal sealed class CreateGroup : IamActionHandler
{
    public override string Action => "CreateGroup";

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:iam::{context.AccountId}:group{context.Parameters.Optional("Path") ?? "/"}{context.Parameters.Optional("GroupName")}";

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = Entities.ReadName(context, EntityKind.Group);
        var path = Entities.ReadPath(context);
        var group = new IamGroup(context.AccountId, IamIds.UniqueId(IamIds.GroupPrefix), name, path, context.Now);
        if (!context.Store.TryAddEntity(group))
        {
            throw IamErrors.EntityExists(EntityKind.Group, name);
        }

        return Result.Of(Action, Shapes.Group(group));
    }
}
