using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Attached;

/// <summary>DetachUserPolicy / DetachGroupPolicy / DetachRolePolicy: NoSuchEntity when the policy is not attached.</summary>
internal sealed class DetachPolicy(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Detach{IamErrors.Noun(kind)}Policy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var arn = PolicyLookup.ReadArn(context, "PolicyArn");
        if (!entity.AttachedPolicyArns.Contains(arn))
        {
            throw IamErrors.PolicyNotAttached(arn);
        }

        context.Store.SaveEntity(entity with { AttachedPolicyArns = [.. entity.AttachedPolicyArns.Where(a => a != arn)] });
        return null;
    }
}
