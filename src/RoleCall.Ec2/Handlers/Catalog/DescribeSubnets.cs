using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Catalog;

/// <summary>
/// DescribeSubnets: the default subnets, one per zone; SubnetId.N (each must exist) and the subnet-id,
/// vpc-id, availability-zone, availability-zone-id, default-for-az, state, cidr-block and tag filters.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html
/// </summary>
internal sealed class DescribeSubnets : Ec2Handler<IReadOnlyList<Ec2Subnet>>
{
    public override string Action => "DescribeSubnets";

    public override bool Mutates => false;

    protected override IReadOnlyList<Ec2Subnet> Prepare(Ec2Context context)
    {
        var network = context.Network;
        var filter = new FilterSet<Ec2Subnet>(
        [
            new("subnet-id", s => [s.SubnetId]),
            new("vpc-id", _ => [network.VpcId]),
            new("availability-zone", s => [s.AvailabilityZone]),
            new("availability-zone-id", s => [s.AvailabilityZoneId]),
            new("default-for-az", _ => ["true"]),
            new("state", _ => ["available"]),
            new("cidr-block", s => [s.CidrBlock]),
            new("owner-id", _ => [network.AccountId]),
        ], s => s.Tags).Compile(context.Parameters.Filters());
        var ids = context.Parameters.List("SubnetId");
        foreach (var id in ids.Where(id => !network.Subnets.Any(s => s.SubnetId == id)))
        {
            throw Ec2Errors.SubnetNotFound(id);
        }

        return [.. network.Subnets.Where(s => ids.Count == 0 || ids.Contains(s.SubnetId)).Where(filter)];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<Ec2Subnet> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<Ec2Subnet> plan)
    {
        var network = context.Network;
        return X.Struct("DescribeSubnetsResult", X.List("subnetSet", plan.Select(s => X.Item(
            X.Text("subnetId", s.SubnetId),
            X.Text("subnetArn", Ec2Arns.Subnet(context.Region, context.AccountId, s.SubnetId)),
            X.Text("state", "available"),
            X.Text("ownerId", network.AccountId),
            X.Text("vpcId", network.VpcId),
            X.Text("cidrBlock", s.CidrBlock),
            X.Number("availableIpAddressCount", 4091),
            X.Text("availabilityZone", s.AvailabilityZone),
            X.Text("availabilityZoneId", s.AvailabilityZoneId),
            X.Bool("defaultForAz", true),
            X.Bool("mapPublicIpOnLaunch", true),
            X.Bool("assignIpv6AddressOnCreation", false),
            X.List("ipv6CidrBlockAssociationSet", []),
            X.Tags(s.Tags)))));
    }
}
