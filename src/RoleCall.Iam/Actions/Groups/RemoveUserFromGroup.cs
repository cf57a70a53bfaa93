using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Groups;

/// <summary>RemoveUserFromGroup: NoSuchEntity when either is missing or the user is not a member.</summary>
internal sealed class RemoveUserFromGroup : IamActionHandler
{
    public override string Action => "RemoveUserFromGroup";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Group);

    public override ResultStruct? Execute(ActionContext context)
    {
        var group = Entities.RequireGroup(context);
        var user = Entities.RequireUser(context);
        if (!user.GroupIds.Contains(group.Id))
        {
            throw Core.Errors.AwsServiceException.NoSuchEntity($"User {user.Name} is not in group {group.Name}.");
        }

        context.Store.SaveEntity(user with { GroupIds = [.. user.GroupIds.Where(id => id != group.Id)] });
        return null;
    }
}
