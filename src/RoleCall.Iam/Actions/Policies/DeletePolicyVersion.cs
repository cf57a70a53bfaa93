using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>DeletePolicyVersion: any version but the default (DeleteConflict).</summary>
internal sealed class DeletePolicyVersion : IamActionHandler
{
    public override string Action => "DeletePolicyVersion";

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

        if (versionId == policy.DefaultVersionId)
        {
            throw IamErrors.DefaultVersionDelete();
        }

        context.Store.SavePolicy(policy with { Versions = [.. policy.Versions.Where(v => v.VersionId != versionId)] });
        return null;
    }
}
