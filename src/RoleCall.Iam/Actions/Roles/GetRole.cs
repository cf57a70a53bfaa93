using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>GetRole: the role with boundary, tags and RoleLastUsed.</summary>
internal sealed class GetRole : IamActionHandler
{
    public override string Action => "GetRole";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Role);

    public override ResultStruct? Execute(ActionContext context) =>
        Result.Of(Action, Shapes.Role(Entities.RequireRole(context), detailed: true, lastUsed: true));
}
