using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>
/// CreateRole: RoleName, AssumeRolePolicyDocument, Path, Description, MaxSessionDuration, PermissionsBoundary,
/// Tags. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
/// </summary>
internal sealed class CreateRole : IamActionHandler
{
    public override string Action => "CreateRole";

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:iam::{context.AccountId}:role{context.Parameters.Optional("Path") ?? "/"}{context.Parameters.Optional("RoleName")}";

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = Entities.ReadName(context, EntityKind.Role);
        var path = Entities.ReadPath(context);
        var trust = TrustPolicy.Read(context, "AssumeRolePolicyDocument");
        var description = TrustPolicy.ReadDescription(context);
        var maxSession = TrustPolicy.ReadMaxSessionDuration(context) ?? IamRole.DefaultMaxSessionDuration;
        var boundary = PolicyLookup.ReadBoundary(context);
        var tags = context.Parameters.Tags();
        IamValidation.Tags(tags);
        var role = new IamRole(context.AccountId, IamIds.UniqueId(IamIds.RolePrefix), name, path, context.Now, trust)
        {
            Description = description,
            MaxSessionDuration = maxSession,
            PermissionsBoundaryArn = boundary,
            Tags = tags,
        };
        if (!context.Store.TryAddEntity(role))
        {
            throw IamErrors.EntityExists(EntityKind.Role, name);
        }

        return Result.Of(Action, Shapes.Role(role, detailed: true));
    }
}
