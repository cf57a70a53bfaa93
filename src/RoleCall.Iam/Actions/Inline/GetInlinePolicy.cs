using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Inline;

/// <summary>GetUserPolicy / GetGroupPolicy / GetRolePolicy: {Kind}Name, PolicyName, PolicyDocument (URL-encoded).</summary>
internal sealed class GetInlinePolicy(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Get{IamErrors.Noun(kind)}Policy";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = InlinePolicies.ReadName(context);
        var entity = Entities.Require(context, kind);
        var policy = InlinePolicies.Find(entity, name) ?? throw IamErrors.NoSuchInlinePolicy(kind, name);
        return Result.Of(Action,
            Result.Text($"{IamErrors.Noun(kind)}Name", entity.Name),
            Result.Text("PolicyName", policy.Name),
            Result.Document("PolicyDocument", policy.Document));
    }
}
