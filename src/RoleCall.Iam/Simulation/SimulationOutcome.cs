using RoleCall.Policy.Authorization;

namespace RoleCall.Iam.Simulation;

/// <summary>The simulated decision for one action on one resource, with what the response reports about it.</summary>
internal sealed record SimulationOutcome(
    string Action,
    string Resource,
    AuthorizationResult Result,
    IReadOnlyList<MatchedStatement> Matched,
    IReadOnlyList<string> MissingContextValues,
    bool? AllowedByBoundary,
    IReadOnlyList<KeyValuePair<string, string>>? DecisionDetails);
