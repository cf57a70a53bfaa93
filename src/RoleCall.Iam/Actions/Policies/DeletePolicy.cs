using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>DeletePolicy: only unattached customer policies with no version besides the default.</summary>
internal sealed class DeletePolicy : IamActionHandler
{
    public override string Action => "DeletePolicy";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = PolicyLookup.RequireCustomer(context, PolicyLookup.ReadArn(context, "PolicyArn"));
        var usage = PolicyUsage.Of(context, policy);
        if (usage.Attachments > 0 || usage.Boundaries > 0)
        {
            throw IamErrors.PolicyInUse();
        }

        if (policy.Versions.Count > 1)
        {
            throw IamErrors.PolicyHasVersions();
        }

        context.Store.DeletePolicy(policy.Arn);
        return null;
    }
}
