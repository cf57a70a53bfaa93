using RoleCall.Ec2.Tests.Support;

namespace RoleCall.Ec2.Tests.Service;

public sealed class DescribeInstancesTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_answer_InvalidInstanceID_NotFound_naming_every_unknown_id()
    {
        var id = ec2.Run()[0];

        var one = ec2.Fails("DescribeInstances", ("InstanceId.1", id), ("InstanceId.2", "i-0123456789abcdef0"));
        var two = ec2.Fails("DescribeInstances", ("InstanceId.1", "i-0123456789abcdef0"), ("InstanceId.2", "i-0123456789abcdef1"));

        Assert.Equal(("InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist"), (one.Code, one.Message));
        Assert.Equal("The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist", two.Message);
    }

    [Fact]
    public void Should_answer_InvalidInstanceID_Malformed_for_an_id_that_is_not_one()
    {
        var error = ec2.Fails("DescribeInstances", ("InstanceId.1", "web-server"));

        Assert.Equal(("InvalidInstanceID.Malformed", "Invalid id: \"web-server\""), (error.Code, error.Message));
    }

    [Fact]
    public void Should_refuse_an_unknown_filter_name()
    {
        var error = ec2.Fails("DescribeInstances", ("Filter.1.Name", "public-ip"), ("Filter.1.Value.1", "1.2.3.4"));

        Assert.Equal(("InvalidParameterValue", "The filter 'public-ip' is invalid"), (error.Code, error.Message));
    }

    [Fact]
    public void Should_filter_by_type_state_tag_and_tag_key_with_wildcards()
    {
        var small = ec2.Run(2, "t3.small");
        var micro = ec2.Run(1, "t3.micro", ("TagSpecification.1.ResourceType", "instance"), ("TagSpecification.1.Tag.1.Key", "env"), ("TagSpecification.1.Tag.1.Value", "prod-eu"));

        Assert.Equal(small, Ids(("Filter.1.Name", "instance-type"), ("Filter.1.Value.1", "t3.small")));
        Assert.Equal(micro, Ids(("Filter.1.Name", "tag:env"), ("Filter.1.Value.1", "prod-*")));
        Assert.Equal(micro, Ids(("Filter.1.Name", "tag-key"), ("Filter.1.Value.1", "env")));
        Assert.Empty(Ids(("Filter.1.Name", "instance-state-name"), ("Filter.1.Value.1", "running")));
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal([.. small, .. micro], Ids(("Filter.1.Name", "instance-state-name"), ("Filter.1.Value.1", "running")));
        Assert.Equal(small, Ids(("Filter.1.Name", "instance-state-name"), ("Filter.1.Value.1", "running"), ("Filter.2.Name", "instance-type"), ("Filter.2.Value.1", "t3.small")));
    }

    [Fact]
    public void Should_page_by_MaxResults_and_NextToken_across_reservations()
    {
        var all = ec2.Run(3).Concat(ec2.Run(4)).ToList();

        var first = ec2.Call("DescribeInstances", ("MaxResults", "5"));
        var token = first.ValueOf("nextToken");
        var second = ec2.Call("DescribeInstances", ("MaxResults", "5"), ("NextToken", token!));

        Assert.Equal(all, Ec2Harness.Instances(first).Concat(Ec2Harness.Instances(second)).Select(i => i.ValueOf("instanceId")!));
        Assert.Null(second.ValueOf("nextToken"));
        Assert.Equal("InvalidParameterValue", ec2.Fails("DescribeInstances", ("MaxResults", "4")).Code);
        Assert.Equal("InvalidParameterCombination", ec2.Fails("DescribeInstances", ("MaxResults", "5"), ("InstanceId.1", all[0])).Code);
        Assert.Equal("InvalidParameterValue", ec2.Fails("DescribeInstances", ("NextToken", "garbage!")).Code);
    }

    [Fact]
    public void Should_keep_accounts_and_regions_apart()
    {
        ec2.Run();
        ec2.Region = "eu-west-1";

        Assert.Empty(Ids());
    }

    private List<string> Ids(params (string Name, string Value)[] parameters) =>
        [.. Ec2Harness.Instances(ec2.Call("DescribeInstances", parameters)).Select(i => i.ValueOf("instanceId")!)];
}
