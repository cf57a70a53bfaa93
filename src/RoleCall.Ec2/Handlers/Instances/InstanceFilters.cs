using System.Globalization;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>
/// The DescribeInstances filters RoleCall supports (a subset of EC2's; any other name is
/// InvalidParameterValue, as an unknown one is on AWS), plus tag:K, tag-key and tag-value.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
/// </summary>
internal static class InstanceFilters
{
    public static FilterSet<Ec2Instance> Set { get; } = new(
    [
        new("instance-id", i => [i.InstanceId]),
        new("instance-state-name", i => [InstanceStates.WireName(i.State)]),
        new("instance-state-code", i => [InstanceStates.Code(i.State).ToString(CultureInfo.InvariantCulture)]),
        new("instance-type", i => [i.InstanceType]),
        new("image-id", i => [i.ImageId]),
        new("vpc-id", i => [i.VpcId]),
        new("subnet-id", i => [i.SubnetId]),
        new("availability-zone", i => [i.AvailabilityZone]),
        new("reservation-id", i => [i.ReservationId]),
        new("owner-id", i => [i.AccountId]),
        new("private-ip-address", i => [i.PrivateIpAddress]),
        new("architecture", i => [i.Architecture]),
        new("ami-launch-index", i => [i.LaunchIndex.ToString(CultureInfo.InvariantCulture)]),
        new("client-token", i => [i.ClientToken]),
    ], i => i.Tags);
}
