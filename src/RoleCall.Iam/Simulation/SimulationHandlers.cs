using RoleCall.Iam.Handlers;

namespace RoleCall.Iam.Simulation;

/// <summary>The policy simulation actions, as listed by <see cref="HandlerCatalog"/>.</summary>
internal static class SimulationHandlers
{
    public static IEnumerable<IActionHandler> All() =>
    [
        new SimulateCustomPolicy(),
        new SimulatePrincipalPolicy(),
        new GetContextKeysForCustomPolicy(),
        new GetContextKeysForPrincipalPolicy(),
    ];
}
