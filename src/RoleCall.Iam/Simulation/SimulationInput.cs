using RoleCall.Policy.Evaluation;

namespace RoleCall.Iam.Simulation;

/// <summary>Everything one Simulate*Policy call evaluates, read and validated from the request parameters.</summary>
internal sealed record SimulationInput(
    IReadOnlyList<SimulationPolicy> Identity,
    SimulationPolicy? Boundary,
    SimulationPolicy? ResourcePolicy,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Resources,
    string? ResourceOwnerAccount,
    RequestPrincipal Principal,
    IReadOnlyList<ContextEntry> Context);
