using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>SetDefaultPolicyVersion: the version that applies to every entity the policy is attached to.</summary>
internal sealed class SetDefaultPolicyVersion : IamActionHandler
{
    public override string Action => "SetDefaultPolicyVersion";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var arn = PolicyLookup.ReadArn(context, "PolicyArn");
        var versionId = PolicyDocuments.ReadVersionId(context);
        var policy = PolicyLookup.RequireCustomer(context, arn);
        if (policy.Version(versionId) is null)
        {
            throw IamErrors.NoSuchPolicyVersion(arn, versionId);
        }

        context.Store.SavePolicy(policy with { DefaultVersionId = versionId, UpdateDate = context.Now });
        return null;
    }
}
