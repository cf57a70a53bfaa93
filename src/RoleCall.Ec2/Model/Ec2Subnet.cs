using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Model;

/// <summary>A default subnet: one per availability zone, a /20 of the default VPC's 172.31.0.0/16.</summary>
public sealed record Ec2Subnet(string SubnetId, string AvailabilityZone, string AvailabilityZoneId, string CidrBlock, IReadOnlyList<Ec2Tag> Tags);
