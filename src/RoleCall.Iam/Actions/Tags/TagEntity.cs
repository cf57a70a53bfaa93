using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Tags;

/// <summary>TagUser / TagRole: adds or overwrites tags; at most 50 per entity.</summary>
internal sealed class TagEntity(EntityKind kind) : IamActionHandler
{
    public override string Action => $"Tag{IamErrors.Noun(kind)}";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var tags = context.Parameters.Tags();
        if (tags.Count == 0)
        {
            throw IamErrors.Missing("tags");
        }

        IamValidation.Tags(tags);
        var merged = Tagging.Merge(Tagging.Of(entity), tags);
        if (merged.Count > IamLimits.TagsPerEntity)
        {
            throw IamErrors.Quota($"TagsPer{IamErrors.Noun(kind)}", IamLimits.TagsPerEntity);
        }

        context.Store.SaveEntity(Tagging.With(entity, merged));
        return null;
    }
}
