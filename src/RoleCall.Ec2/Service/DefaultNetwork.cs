using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Store;

namespace RoleCall.Ec2.Service;

/// <summary>
/// Creates an account's default VPC in a region as AWS sets it up: 172.31.0.0/16 and one /20 default subnet
/// per availability zone (172.31.0.0/20, 172.31.16.0/20, ...).
/// https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc-components.html
/// </summary>
internal static class DefaultNetwork
{
    public static Ec2Network Ensure(IEc2Store store, string accountId, string region)
    {
        if (store.FindNetwork(accountId, region) is { } existing)
        {
            return existing;
        }

        var zones = Ec2Regions.Find(region).Zones.ToList();
        var subnets = zones.Select((zone, i) => new Ec2Subnet(Ec2Ids.New("subnet"), zone.Name, zone.Id, $"172.31.{i * 16}.0/20", [])).ToList();
        var network = new Ec2Network(accountId, region, Ec2Ids.New("vpc"), Ec2Ids.New("dopt"), "172.31.0.0/16", [], subnets);
        store.SaveNetwork(network);
        return network;
    }
}
