using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Users;

/// <summary>UpdateUser: NewUserName and/or NewPath. Keys, groups and policies follow the user, since they refer to its ID.</summary>
internal sealed class UpdateUser : IamActionHandler
{
    public override string Action => "UpdateUser";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        var newName = context.Parameters.Optional("NewUserName");
        if (newName is not null)
        {
            IamValidation.Name(newName, "newUserName", IamLimits.UserOrRoleNameLength);
        }

        var newPath = context.Parameters.Optional("NewPath") is null ? user.Path : Entities.ReadPath(context, "NewPath");
        var updated = user with { Name = newName ?? user.Name, Path = newPath };
        if (!context.Store.SaveEntity(updated))
        {
            throw IamErrors.EntityExists(EntityKind.User, newName!);
        }

        return null;
    }
}
