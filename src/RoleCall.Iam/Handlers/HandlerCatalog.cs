using RoleCall.Iam.Actions;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Simulation;
using RoleCall.Iam.Sts;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// The one place that wires the service: every action's handler and the authorizer every request passes.
/// Each area lists its handlers in its own file (IAM in Actions/, STS in Sts/, simulation in Simulation/);
/// this class names each list, so deleting one breaks the build instead of silently dropping its actions.
/// There is no allow-all default: the authorizer is always the policy-enforcing one.
/// </summary>
public static class HandlerCatalog
{
    public static IReadOnlyList<IActionHandler> All() =>
        [.. IamHandlers.All(), .. StsHandlers.All(), .. SimulationHandlers.All()];

    /// <summary>The authorizer of a runtime: root may do everything in its account, everyone else is decided by policy.</summary>
    public static IRequestAuthorizer Authorizer(IamRuntime runtime) => new PolicyRequestAuthorizer(runtime);
}
