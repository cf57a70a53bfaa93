using RoleCall.Ec2.Handlers.Catalog;
using RoleCall.Ec2.Handlers.Instances;
using RoleCall.Ec2.Handlers.Tags;
using RoleCall.Ec2.Service;

namespace RoleCall.Ec2.Handlers;

/// <summary>Every EC2 action serve answers, one line each; adding an action is one file and one line here.</summary>
internal static class Ec2HandlerCatalog
{
    public static IReadOnlyList<IEc2Handler> All() =>
    [
        new RunInstances(), new DescribeInstances(), new StartInstances(), new StopInstances(), new TerminateInstances(),
        new CreateTags(), new DeleteTags(), new DescribeTags(),
        new DescribeRegions(), new DescribeAvailabilityZones(), new DescribeImages(), new DescribeVpcs(), new DescribeSubnets(),
    ];
}
