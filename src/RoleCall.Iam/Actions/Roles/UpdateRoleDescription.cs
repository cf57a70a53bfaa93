using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>UpdateRoleDescription: sets the description and returns the role.</summary>
internal sealed class UpdateRoleDescription : IamActionHandler
{
    public override string Action => "UpdateRoleDescription";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Role);

    public override ResultStruct? Execute(ActionContext context)
    {
        var role = Entities.RequireRole(context);
        var description = TrustPolicy.ReadDescription(context) ?? throw IamErrors.Missing("description");
        var updated = role with { Description = description };
        context.Store.SaveEntity(updated);
        return Result.Of(Action, Shapes.Role(updated, detailed: true));
    }
}
