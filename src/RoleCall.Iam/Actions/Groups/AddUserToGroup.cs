using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>AddUserToGroup: idempotent; a user may be in at most 10 groups.</summary>
internal sealed class AddUserToGroup : IamActionHandler
{
    public override string Action => "AddUserToGroup";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Group);

    public override ResultStruct? Execute(ActionContext context)
    {
        var group = Entities.RequireGroup(context);
        var user = Entities.RequireUser(context);
        if (user.GroupIds.Contains(group.Id))
        {
            return null;
        }

        if (user.GroupIds.Count >= IamLimits.GroupsPerUser)
        {
            throw IamErrors.Quota("GroupsPerUser", IamLimits.GroupsPerUser);
        }

        context.Store.SaveEntity(user with { GroupIds = [.. user.GroupIds, group.Id] });
        return null;
    }
}
