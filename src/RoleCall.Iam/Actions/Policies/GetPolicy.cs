using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>GetPolicy: a customer or AWS managed policy's metadata (not its document: see GetPolicyVersion).</summary>
internal sealed class GetPolicy : IamActionHandler
{
    public override string Action => "GetPolicy";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = PolicyLookup.Require(context, PolicyLookup.ReadArn(context, "PolicyArn"));
        return Result.Of(Action, Shapes.Policy(policy, PolicyUsage.Of(context, policy), withDescription: true, withTags: true));
    }
}
