namespace RoleCall.Protocol.Ec2Query;

/// <summary>One `Filter.N`: a name (`instance-state-name`, `tag:Owner`) and the values any of which may match.</summary>
public sealed record Ec2Filter(string Name, IReadOnlyList<string> Values);
