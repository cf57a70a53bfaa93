using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>UpdateRole: Description and/or MaxSessionDuration; the response has no result elements.</summary>
internal sealed class UpdateRole : IamActionHandler
{
    public override string Action => "UpdateRole";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Role);

    public override ResultStruct? Execute(ActionContext context)
    {
        var role = Entities.RequireRole(context);
        var description = TrustPolicy.ReadDescription(context);
        var maxSession = TrustPolicy.ReadMaxSessionDuration(context);
        context.Store.SaveEntity(role with
        {
            Description = description ?? role.Description,
            MaxSessionDuration = maxSession ?? role.MaxSessionDuration,
        });
        return Result.Of(Action);
    }
}
