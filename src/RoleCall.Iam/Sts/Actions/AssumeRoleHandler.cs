using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Sts.AssumeRole;
using RoleCall.Iam.Sts.Requests;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>
/// AssumeRole. The authorizer checks only the caller's session type: the trust decision needs the role's trust policy and
/// the caller's identity policies together, which <see cref="RoleAssumption"/> evaluates itself.
/// </summary>
internal sealed class AssumeRoleHandler : StsHandler
{
    public override string Action => "AssumeRole";

    public override bool RequiresAuthorization => false;

    public override string ResourceArn(ActionContext context) =>
        context.Request.Parameters.GetValueOrDefault("RoleArn") ?? "*";

    public override ResultStruct Execute(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The authorizer has applied the limits of the caller's session type; the trust decision is made here.
        var evaluator = new AccessEvaluator(() => ExplainRegistry.For(context.Runtime));
        return RoleAssumption.Run(context, AssumeRoleRequest.From(context.Request.Parameters), evaluator);
    }
}
