using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>GetPolicyVersion: the version with its URL-encoded Document.</summary>
internal sealed class GetPolicyVersion : IamActionHandler
{
    public override string Action => "GetPolicyVersion";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var arn = PolicyLookup.ReadArn(context, "PolicyArn");
        var versionId = PolicyDocuments.ReadVersionId(context);
        var policy = PolicyLookup.Require(context, arn);
        var version = policy.Version(versionId) ?? throw IamErrors.NoSuchPolicyVersion(arn, versionId);
        return Result.Of(Action, Shapes.PolicyVersion(policy, version, withDocument: true));
    }
}
