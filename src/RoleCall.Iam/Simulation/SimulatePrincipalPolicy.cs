using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Parsing;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// SimulatePrincipalPolicy: the policies of a user (with its groups'), group or role, plus any PolicyInputList,
/// evaluated for each action and resource. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
/// </summary>
internal sealed class SimulatePrincipalPolicy : IamActionHandler
{
    public override string Action => "SimulatePrincipalPolicy";

    public override bool Mutates => false;

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicySourceArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var parameters = context.Parameters;
        var source = PrincipalSource.Load(context, parameters.Required("PolicySourceArn"));
        var identity = source.Policies.Concat(SimulationInputReader.InputList(parameters, "PolicyInputList", PolicyKind.Identity)).ToList();
        // A boundary given as input replaces the entity's own.
        var boundary = SimulationInputReader.InputList(parameters, "PermissionsBoundaryPolicyInputList", PolicyKind.Boundary).FirstOrDefault() ?? source.Boundary;
        var input = SimulationInputReader.Read(context, identity, boundary, source.Principal);
        return SimulationShapes.Response(Action, input, parameters);
    }
}
