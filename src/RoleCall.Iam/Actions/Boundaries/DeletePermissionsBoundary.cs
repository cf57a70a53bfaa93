using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Boundaries;

/// <summary>DeleteUserPermissionsBoundary / DeleteRolePermissionsBoundary: removes the boundary (a no-op when none is set).</summary>
internal sealed class DeletePermissionsBoundary(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Delete{IamErrors.Noun(kind)}PermissionsBoundary";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        context.Store.SaveEntity(PutPermissionsBoundary.With(entity, null));
        return null;
    }
}
