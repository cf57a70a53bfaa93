using RoleCall.Iam.Actions.Policies;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Inline;

/// <summary>PutUserPolicy / PutGroupPolicy / PutRolePolicy: adds or replaces an inline policy.</summary>
internal sealed class PutInlinePolicy(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Put{IamErrors.Noun(kind)}Policy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = InlinePolicies.ReadName(context);
        var document = PolicyDocuments.ReadIdentity(context);
        var entity = Entities.Require(context, kind);
        var others = entity.InlinePolicies.Where(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var limit = InlinePolicies.AggregateLimit(kind);
        if (others.Sum(p => PolicySize.Of(p.Document)) + PolicySize.Of(document) > limit)
        {
            throw IamErrors.InlinePolicySize(kind, entity.Name, limit);
        }

        context.Store.SaveEntity(entity with { InlinePolicies = [.. others, new InlinePolicy(name, document)] });
        return null;
    }
}
