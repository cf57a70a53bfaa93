using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Tags;

/// <summary>ListUserTags / ListRoleTags: Tags, IsTruncated, Marker.</summary>
internal sealed class ListEntityTags(EntityKind kind) : IamActionHandler
{
    public override string Action => $"List{IamErrors.Noun(kind)}Tags";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var page = Paging.Slice(Tagging.Of(entity), t => t.Key, Paging.Read(context.Parameters));
        return Result.Of(Action, [Shapes.TagList(page.Items), .. Result.Paging(Paging.Encode(page.NextAfter))]);
    }
}
