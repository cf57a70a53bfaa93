using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Model;

/// <summary>
/// One instance as stored. <see cref="State"/> is the state last entered and <see cref="StateSince"/> when;
/// the state a caller sees is derived from them and the clock (<see cref="Service.InstanceLifecycle"/>), so
/// `pending` turns `running` without any background work. <see cref="Sequence"/> orders listings (launch order).
/// </summary>
public sealed record Ec2Instance(
    string AccountId,
    string Region,
    string InstanceId,
    string ReservationId,
    long Sequence,
    int LaunchIndex,
    string ImageId,
    string InstanceType,
    string Architecture,
    string AvailabilityZone,
    string VpcId,
    string SubnetId,
    string PrivateIpAddress,
    DateTimeOffset LaunchTime,
    InstanceStateName State,
    DateTimeOffset StateSince,
    IReadOnlyList<Ec2Tag> Tags,
    string? ClientToken = null);
