using System.Runtime.CompilerServices;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Shapes;

/// <summary>
/// Reservations and instances as DescribeInstances and RunInstances return them (the members a default-VPC
/// instance without a key pair or public address has).
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
/// </summary>
internal static class InstanceShapes
{
    // Each instance record's tree, marked reusable so the writer renders its XML once: records are immutable
    // (a change is a new record, and the store hands out the same records until a write), so an entry is
    // invalidated by its record being replaced and collected. Keyed weakly; the region is part of the tree.
    private static readonly ConditionalWeakTable<Ec2Instance, RenderedInstance> Trees = new();

    public static ResultStruct Reservation(string reservationId, string ownerId, IEnumerable<Ec2Instance> instances, string region) => X.Item(
        X.Text("reservationId", reservationId),
        X.Text("ownerId", ownerId),
        X.List("groupSet", []),
        X.List("instancesSet", instances.Select(i => Instance(i, region))));

    public static ResultStruct State(string name, InstanceStateName state) => X.Struct(name,
        X.Number("code", InstanceStates.Code(state)),
        X.Text("name", InstanceStates.WireName(state)));

    public static ResultStruct Instance(Ec2Instance i, string region)
    {
        ArgumentNullException.ThrowIfNull(i);
        if (Trees.TryGetValue(i, out var cached) && cached.Region == region)
        {
            return cached.Tree;
        }

        var tree = ReusableResults.Reuse(Build(i, region));
        Trees.AddOrUpdate(i, new RenderedInstance(region, tree));
        return tree;
    }

    private static ResultStruct Build(Ec2Instance i, string region)
    {
        var windows = ImageCatalog.Find(region, i.ImageId)?.Platform;
        var stopped = i.State is InstanceStateName.Stopped or InstanceStateName.Stopping or InstanceStateName.Terminated or InstanceStateName.ShuttingDown;
        return X.Item(
            X.Text("instanceId", i.InstanceId),
            X.Text("imageId", i.ImageId),
            State("instanceState", i.State),
            X.Text("privateDnsName", PrivateDnsName(i.PrivateIpAddress, region)),
            X.Text("dnsName", ""),
            X.Text("reason", stopped ? $"User initiated ({i.StateSince.UtcDateTime:yyyy-MM-dd HH:mm:ss} GMT)" : ""),
            X.Number("amiLaunchIndex", i.LaunchIndex),
            X.List("productCodes", []),
            X.Text("instanceType", i.InstanceType),
            X.Time("launchTime", i.LaunchTime),
            X.Struct("placement", X.Text("availabilityZone", i.AvailabilityZone), X.Text("groupName", ""), X.Text("tenancy", "default")),
            X.Optional("platform", windows),
            X.Struct("monitoring", X.Text("state", "disabled")),
            X.Text("subnetId", i.SubnetId),
            X.Text("vpcId", i.VpcId),
            X.Text("privateIpAddress", i.PrivateIpAddress),
            X.Bool("sourceDestCheck", true),
            X.List("groupSet", []),
            stopped ? X.Struct("stateReason", X.Text("code", "Client.UserInitiatedShutdown"), X.Text("message", "Client.UserInitiatedShutdown: User initiated shutdown")) : null,
            X.Text("architecture", i.Architecture),
            X.Text("rootDeviceType", "ebs"),
            X.Text("rootDeviceName", "/dev/xvda"),
            X.List("blockDeviceMapping", []),
            X.Text("virtualizationType", "hvm"),
            X.Text("clientToken", i.ClientToken ?? ""),
            X.Tags(i.Tags),
            X.Text("hypervisor", "xen"),
            X.List("networkInterfaceSet", []),
            X.Bool("ebsOptimized", false),
            X.Bool("enaSupport", true),
            X.Struct("cpuOptions", X.Number("coreCount", 1), X.Number("threadsPerCore", 1)),
            X.Text("platformDetails", windows is null ? "Linux/UNIX" : "Windows"),
            X.Text("usageOperation", windows is null ? "RunInstances" : "RunInstances:0002"),
            X.Time("usageOperationUpdateTime", i.LaunchTime),
            X.Struct("privateDnsNameOptions", X.Text("hostnameType", "ip-name"), X.Bool("enableResourceNameDnsARecord", false), X.Bool("enableResourceNameDnsAAAARecord", false)),
            X.Struct("maintenanceOptions", X.Text("autoRecovery", "default")),
            X.Text("currentInstanceBootMode", "legacy-bios"));
    }

    /// <summary>`ip-172-31-5-10.ec2.internal` in us-east-1, `ip-...REGION.compute.internal` elsewhere.</summary>
    public static string PrivateDnsName(string ip, string region) =>
        "ip-" + ip.Replace('.', '-') + (region == "us-east-1" ? ".ec2.internal" : $".{region}.compute.internal");

    private sealed record RenderedInstance(string Region, ResultStruct Tree);
}
