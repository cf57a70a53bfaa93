using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Model;

/// <summary>
/// An account's default VPC in one region and its default subnets, created on the first EC2 call that needs
/// them, as AWS accounts come with one. https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
/// </summary>
public sealed record Ec2Network(
    string AccountId,
    string Region,
    string VpcId,
    string DhcpOptionsId,
    string CidrBlock,
    IReadOnlyList<Ec2Tag> VpcTags,
    IReadOnlyList<Ec2Subnet> Subnets);
