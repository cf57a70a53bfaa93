using RoleCall.Iam.Simulation;

namespace RoleCall.Iam.Handlers;

/// <summary>The simulation APIs' contribution to <see cref="HandlerCatalog"/> (its AddSimulation hook).</summary>
public static partial class HandlerCatalog
{
    static partial void AddSimulation(List<IActionHandler> handlers) => handlers.AddRange(
    [
        new SimulateCustomPolicy(),
        new SimulatePrincipalPolicy(),
        new GetContextKeysForCustomPolicy(),
        new GetContextKeysForPrincipalPolicy(),
    ]);
}
