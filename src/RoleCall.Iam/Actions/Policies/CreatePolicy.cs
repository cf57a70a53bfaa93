using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>CreatePolicy: PolicyName (unique per account), Path, PolicyDocument (v1, default), Description, Tags.</summary>
internal sealed class CreatePolicy : IamActionHandler
{
    public override string Action => "CreatePolicy";

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:iam::{context.AccountId}:policy{context.Parameters.Optional("Path") ?? "/"}{context.Parameters.Optional("PolicyName")}";

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = context.Parameters.Required("PolicyName");
        IamValidation.Name(name, "policyName", IamLimits.GroupOrPolicyNameLength);
        var path = Entities.ReadPath(context);
        var document = PolicyDocuments.ReadManaged(context);
        var description = context.Parameters.Optional("Description");
        if (description is not null)
        {
            IamValidation.Length(description, "description", 0, IamLimits.PolicyDescriptionLength);
        }

        var tags = context.Parameters.Tags();
        IamValidation.Tags(tags);
        var policy = new ManagedPolicy(context.AccountId, IamIds.UniqueId(IamIds.PolicyPrefix), name, path, context.Now)
        {
            Description = description,
            UpdateDate = context.Now,
            Versions = [new PolicyVersion("v1", document, context.Now)],
            Tags = tags,
        };
        if (!context.Store.TryAddPolicy(policy))
        {
            throw IamErrors.PolicyExists(name);
        }

        return Result.Of(Action, Shapes.Policy(policy, new PolicyUsage(0, 0), withDescription: false, withTags: true));
    }
}
