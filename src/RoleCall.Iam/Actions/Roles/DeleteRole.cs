using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>DeleteRole: DeleteConflict while managed policies are attached or inline policies exist.</summary>
internal sealed class DeleteRole : IamActionHandler
{
    public override string Action => "DeleteRole";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.Role);

    public override ResultStruct? Execute(ActionContext context)
    {
        var role = Entities.RequireRole(context);
        if (role.AttachedPolicyArns.Count > 0)
        {
            throw IamErrors.DeleteConflict("detach all policies");
        }

        if (role.InlinePolicies.Count > 0)
        {
            throw IamErrors.DeleteConflict("delete policies");
        }

        context.Store.DeleteEntity(role.Id);
        TrustPrincipals.ForgetDeleted(context.Store, role);
        return null;
    }
}
