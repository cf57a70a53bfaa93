using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>UpdateAssumeRolePolicy: replaces the trust policy (PolicyDocument), checked as a trust policy.</summary>
internal sealed class UpdateAssumeRolePolicy : IamActionHandler
{
    public override string Action => "UpdateAssumeRolePolicy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Role);

    public override ResultStruct? Execute(ActionContext context)
    {
        var role = Entities.RequireRole(context);
        var trust = TrustPolicy.Read(context, "PolicyDocument");
        context.Store.SaveEntity(role with { AssumeRolePolicyDocument = trust });
        return null;
    }
}
