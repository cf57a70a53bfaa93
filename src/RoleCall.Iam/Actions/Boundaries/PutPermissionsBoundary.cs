using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Boundaries;

/// <summary>PutUserPermissionsBoundary / PutRolePermissionsBoundary: sets or replaces the boundary policy.</summary>
internal sealed class PutPermissionsBoundary(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Put{IamErrors.Noun(kind)}PermissionsBoundary";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var arn = PolicyLookup.ReadArn(context, "PermissionsBoundary");
        PolicyLookup.RequireAttachable(context, arn);
        context.Store.SaveEntity(With(entity, arn));
        return null;
    }

    public static IamEntity With(IamEntity entity, string? boundaryArn) => entity switch
    {
        IamUser user => user with { PermissionsBoundaryArn = boundaryArn },
        IamRole role => role with { PermissionsBoundaryArn = boundaryArn },
        _ => entity,
    };
}
