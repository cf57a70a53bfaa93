using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// SimulateCustomPolicy: evaluates the given identity policies (plus optional boundary and resource policy)
/// for each action and resource. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
/// </summary>
internal sealed class SimulateCustomPolicy : IamActionHandler
{
    public override string Action => "SimulateCustomPolicy";

    public override bool Mutates => false;

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var parameters = context.Parameters;
        var identity = SimulationInputReader.InputList(parameters, "PolicyInputList", PolicyKind.Identity);
        if (identity.Count == 0)
        {
            throw Validation.IamErrors.Missing("policyInputList");
        }

        var boundary = SimulationInputReader.InputList(parameters, "PermissionsBoundaryPolicyInputList", PolicyKind.Boundary).FirstOrDefault();
        // Without CallerArn the simulated caller is an anonymous-looking user of the caller's account, so the
        // input policies alone decide (the real caller's own permissions must not leak into the result).
        var simulated = RequestPrincipal.User($"arn:aws:iam::{context.AccountId}:user/simulated-caller", context.AccountId);
        var input = SimulationInputReader.Read(context, identity, boundary, simulated);
        return SimulationShapes.Response(Action, input, parameters);
    }
}
