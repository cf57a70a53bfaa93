using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Parsing;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>GetContextKeysForPrincipalPolicy: the keys read by a user's (and its groups'), group's or role's policies, plus any inputs.</summary>
internal sealed class GetContextKeysForPrincipalPolicy : IamActionHandler
{
    public override string Action => "GetContextKeysForPrincipalPolicy";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicySourceArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var source = PrincipalSource.Load(context, context.Parameters.Required("PolicySourceArn"));
        var inputs = SimulationInputReader.InputList(context.Parameters, "PolicyInputList", PolicyKind.Identity);
        return ContextKeyNames.Response(Action, [.. source.Policies, .. inputs]);
    }
}
