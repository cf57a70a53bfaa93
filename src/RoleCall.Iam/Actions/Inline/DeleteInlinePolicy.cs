using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Inline;

/// <summary>DeleteUserPolicy / DeleteGroupPolicy / DeleteRolePolicy: NoSuchEntity when no inline policy has the name.</summary>
internal sealed class DeleteInlinePolicy(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Delete{IamErrors.Noun(kind)}Policy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = InlinePolicies.ReadName(context);
        var entity = Entities.Require(context, kind);
        var policy = InlinePolicies.Find(entity, name) ?? throw IamErrors.NoSuchInlinePolicy(kind, name);
        context.Store.SaveEntity(entity with { InlinePolicies = [.. entity.InlinePolicies.Where(p => p != policy)] });
        return null;
    }
}
