using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Catalog;

/// <summary>
/// DescribeVpcs: the region's default VPC; VpcId.N (each must exist) and the vpc-id, is-default, state,
/// cidr, owner-id, dhcp-options-id and tag filters.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcs.html
/// </summary>
internal sealed class DescribeVpcs : Ec2Handler<IReadOnlyList<Ec2Network>>
{
    private static readonly FilterSet<Ec2Network> Filters = new(
    [
        new("vpc-id", n => [n.VpcId]),
        new("is-default", _ => ["true"]),
        new("state", _ => ["available"]),
        new("cidr", n => [n.CidrBlock]),
        new("cidr-block-association.cidr-block", n => [n.CidrBlock]),
        new("owner-id", n => [n.AccountId]),
        new("dhcp-options-id", n => [n.DhcpOptionsId]),
    ], n => n.VpcTags);

    public override string Action => "DescribeVpcs";

    public override bool Mutates => false;

    protected override IReadOnlyList<Ec2Network> Prepare(Ec2Context context)
    {
        var network = context.Network;
        var filter = Filters.Compile(context.Parameters.Filters());
        var ids = context.Parameters.List("VpcId");
        foreach (var id in ids.Where(id => id != network.VpcId))
        {
            throw Ec2Errors.VpcNotFound(id);
        }

        return filter(network) ? [network] : [];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<Ec2Network> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<Ec2Network> plan) =>
        X.Struct("DescribeVpcsResult", X.List("vpcSet", plan.Select(n => X.Item(
            X.Text("vpcId", n.VpcId),
            X.Text("ownerId", n.AccountId),
            X.Text("state", "available"),
            X.Text("cidrBlock", n.CidrBlock),
            X.List("cidrBlockAssociationSet", [X.Item(
                X.Text("cidrBlock", n.CidrBlock),
                X.Text("associationId", "vpc-cidr-assoc-" + n.VpcId[4..]),
                X.Struct("cidrBlockState", X.Text("state", "associated")))]),
            X.Text("dhcpOptionsId", n.DhcpOptionsId),
            X.Tags(n.VpcTags),
            X.Text("instanceTenancy", "default"),
            X.Bool("isDefault", true)))));
}
