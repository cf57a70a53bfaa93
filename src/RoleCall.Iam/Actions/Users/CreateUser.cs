using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Users;

/// <summary>CreateUser: UserName, Path, PermissionsBoundary, Tags. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html</summary>
internal sealed class CreateUser : IamActionHandler
{
    public override string Action => "CreateUser";

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:iam::{context.AccountId}:user{context.Parameters.Optional("Path") ?? "/"}{context.Parameters.Optional("UserName")}";

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = Entities.ReadName(context, EntityKind.User);
        var path = Entities.ReadPath(context);
        var boundary = PolicyLookup.ReadBoundary(context);
        var tags = context.Parameters.Tags();
        IamValidation.Tags(tags);
        var user = new IamUser(context.AccountId, IamIds.UniqueId(IamIds.UserPrefix), name, path, context.Now)
        {
            PermissionsBoundaryArn = boundary,
            Tags = tags,
        };
        if (!context.Store.TryAddEntity(user))
        {
            throw IamErrors.EntityExists(EntityKind.User, name);
        }

        return Result.Of(Action, Shapes.User(user, detailed: true));
    }
}
