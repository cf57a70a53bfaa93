using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>DeleteGroup: refused with DeleteConflict while the group has members or policies.</summary>
internal sealed class DeleteGroup : IamActionHandler
{
    public override string Action => "DeleteGroup";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Group);

    public override ResultStruct? Execute(ActionContext context)
    {
        var group = Entities.RequireGroup(context);
        if (context.Store.ListGroupMembers(group.Id, new PageRequest(null, 1)).Items.Count > 0)
        {
            throw IamErrors.DeleteConflict("remove users from group");
        }

        if (group.InlinePolicies.Count > 0)
        {
            throw IamErrors.DeleteConflict("delete policies");
        }

        if (group.AttachedPolicyArns.Count > 0)
        {
            throw IamErrors.DeleteConflict("detach all policies");
        }

        context.Store.DeleteEntity(group.Id);
        return null;
    }
}
