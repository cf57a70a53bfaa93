using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Attached;

/// <summary>AttachUserPolicy / AttachGroupPolicy / AttachRolePolicy: idempotent; at most 10 managed policies per entity.</summary>
internal sealed class AttachPolicy(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Attach{IamErrors.Noun(kind)}Policy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var arn = PolicyLookup.ReadArn(context, "PolicyArn");
        PolicyLookup.RequireAttachable(context, arn);
        if (entity.AttachedPolicyArns.Contains(arn))
        {
            return null;
        }

        if (entity.AttachedPolicyArns.Count >= IamLimits.AttachedPoliciesPerEntity)
        {
            throw IamErrors.Quota($"PoliciesPer{IamErrors.Noun(kind)}", IamLimits.AttachedPoliciesPerEntity);
        }

        context.Store.SaveEntity(entity with { AttachedPolicyArns = [.. entity.AttachedPolicyArns, arn] });
        return null;
    }
}
