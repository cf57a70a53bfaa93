using RoleCall.Policy.Model;

namespace RoleCall.Iam.Simulation;

/// <summary>A compiled policy in a simulation with how the response names it (SourcePolicyId / SourcePolicyType).</summary>
/// <param name="Policy">The compiled policy; its Id is the SourcePolicyId (`PolicyInputList.1`, a policy name).</param>
/// <param name="SourceType">user | group | role | aws-managed | user-managed | resource | none; null for input lists (AWS omits it).</param>
internal sealed record SimulationPolicy(CompiledPolicy Policy, string? SourceType);
