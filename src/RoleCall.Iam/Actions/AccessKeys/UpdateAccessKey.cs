using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>UpdateAccessKey: Status Active|Inactive; an inactive key no longer authenticates.</summary>
internal sealed class UpdateAccessKey : IamActionHandler
{
    public override string Action => "UpdateAccessKey";

    public override string ResourceArn(ActionContext context) => KeyOwner.Arn(context);

    public override ResultStruct? Execute(ActionContext context)
    {
        var id = KeyOwner.ReadKeyId(context);
        var status = context.Parameters.Required("Status");
        if (status is not ("Active" or "Inactive"))
        {
            throw IamErrors.Constraint(status, "status", "Member must satisfy enum value set: [Active, Inactive]");
        }

        var key = KeyOwner.Resolve(context).RequireKey(context, id);
        context.Store.SaveAccessKey(key with { Active = status == "Active" });
        return null;
    }
}
