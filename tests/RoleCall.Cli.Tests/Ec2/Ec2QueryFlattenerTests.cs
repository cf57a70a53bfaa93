using RoleCall.Cli.Commands.Ec2;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Tests.Ec2;

public sealed class Ec2QueryFlattenerTests
{
    private static List<KeyValuePair<string, string>> Bind(params string[] args)
    {
        var operation = IamModel.Ec2.Operation("DescribeInstances");
        var reader = new ArgumentReader(args);
        var values = ParameterBinder.Bind(operation.Input, reader, p => p, m => operation.Paginator!.IsLimitKey(m));
        reader.EnsureConsumed();
        return Ec2QueryFlattener.Flatten(operation.Input!, values);
    }

    [Fact]
    public void Should_send_ids_and_filters_as_botocores_ec2_serializer_does()
    {
        var sent = Bind("--instance-ids", "i-1", "i-2", "--filters", "Name=tag:team,Values=blue,red", "Name=instance-type,Values=t3.micro", "--dry-run");

        Assert.Equal(
        [
            new("InstanceId.1", "i-1"), new("InstanceId.2", "i-2"),
            new("DryRun", "true"),
            new("Filter.1.Name", "tag:team"), new("Filter.1.Value.1", "blue"), new("Filter.1.Value.2", "red"),
            new("Filter.2.Name", "instance-type"), new("Filter.2.Value.1", "t3.micro"),
        ], sent);
    }

    [Fact]
    public void Should_accept_filters_as_json()
    {
        var sent = Bind("--filters", """[{"Name": "instance-state-name", "Values": ["running", "stopped"]}]""");

        Assert.Equal([new("Filter.1.Name", "instance-state-name"), new("Filter.1.Value.1", "running"), new("Filter.1.Value.2", "stopped")], sent);
    }

    [Fact]
    public void Should_read_responses_by_ec2_wire_names()
    {
        var output = ProtocolShapes.ForOutput(IamModel.Ec2.Operation("DescribeInstances").Output);

        var reservations = output.Members.Single(m => m.Name == "Reservations");
        Assert.Equal("reservationSet", reservations.XmlName);
        var list = Assert.IsType<ListShape>(reservations.Shape);
        Assert.Equal("item", list.MemberName);
        var instances = ((StructureShape)list.Member).Members.Single(m => m.Name == "Instances");
        Assert.Equal("instancesSet", instances.XmlName);
    }
}
