using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>CreatePolicyVersion: PolicyDocument, SetAsDefault; at most 5 versions; numbers are never reused.</summary>
internal sealed class CreatePolicyVersion : IamActionHandler
{
    public override string Action => "CreatePolicyVersion";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = PolicyLookup.RequireCustomer(context, PolicyLookup.ReadArn(context, "PolicyArn"));
        var document = PolicyDocuments.ReadManaged(context);
        var setAsDefault = context.Parameters.OptionalBool("SetAsDefault") ?? false;
        if (policy.Versions.Count >= IamLimits.VersionsPerPolicy)
        {
            throw IamErrors.VersionsQuota();
        }

        var version = new PolicyVersion($"v{policy.NextVersionNumber}", document, context.Now);
        var updated = policy with
        {
            Versions = [.. policy.Versions, version],
            NextVersionNumber = policy.NextVersionNumber + 1,
            DefaultVersionId = setAsDefault ? version.VersionId : policy.DefaultVersionId,
            UpdateDate = setAsDefault ? context.Now : policy.UpdateDate,
        };
        context.Store.SavePolicy(updated);
        return Result.Of(Action, Shapes.PolicyVersion(updated, version, withDocument: false));
    }
}
