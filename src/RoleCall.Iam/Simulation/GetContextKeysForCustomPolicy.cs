using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Parsing;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>GetContextKeysForCustomPolicy: every condition and variable key the given policies read.</summary>
internal sealed class GetContextKeysForCustomPolicy : IamActionHandler
{
    public override string Action => "GetContextKeysForCustomPolicy";

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var policies = SimulationInputReader.InputList(context.Parameters, "PolicyInputList", PolicyKind.Identity);
        if (policies.Count == 0)
        {
            throw Validation.IamErrors.Missing("policyInputList");
        }

        return ContextKeyNames.Response(Action, policies);
    }
}
