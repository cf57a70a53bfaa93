namespace RoleCall.Protocol.Ec2Query;

/// <summary>`TagSpecification.N`: the resource type the tags are for (`instance`) and the tags.</summary>
public sealed record Ec2TagSpecification(string? ResourceType, IReadOnlyList<Ec2Tag> Tags);
