using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Users;

/// <summary>
/// DeleteUser: refused with DeleteConflict while the user still has access keys, MFA devices, inline or
/// attached policies, or group memberships (AWS makes you remove each first).
/// </summary>
internal sealed class DeleteUser : IamActionHandler
{
    public override string Action => "DeleteUser";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        if (context.Store.ListAccessKeys(context.AccountId, user.Id).Count > 0)
        {
            throw IamErrors.DeleteConflict("delete access keys");
        }

        if (context.Store.ListMfaDevices(context.AccountId).Any(d => d.UserId == user.Id))
        {
            throw IamErrors.DeleteConflict("delete MFA device");
        }

        if (user.InlinePolicies.Count > 0)
        {
            throw IamErrors.DeleteConflict("delete policies");
        }

        if (user.AttachedPolicyArns.Count > 0)
        {
            throw IamErrors.DeleteConflict("detach all policies");
        }

        if (user.GroupIds.Count > 0)
        {
            throw IamErrors.DeleteConflict("remove users from group");
        }

        context.Store.DeleteEntity(user.Id);
        TrustPrincipals.ForgetDeleted(context.Store, user);
        return null;
    }
}
