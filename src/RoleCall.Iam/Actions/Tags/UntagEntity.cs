using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Tags;

/// <summary>UntagUser / UntagRole: removes the tags with the given keys (absent keys are ignored, as in AWS).</summary>
internal sealed class UntagEntity(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Untag{IamErrors.Noun(kind)}";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var keys = context.Parameters.List("TagKeys");
        if (keys.Count == 0)
        {
            throw IamErrors.Missing("tagKeys");
        }

        var kept = Tagging.Of(entity).Where(t => !keys.Contains(t.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        context.Store.SaveEntity(Tagging.With(entity, kept));
        return null;
    }
}
