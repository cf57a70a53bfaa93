using RoleCall.Core.Errors;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Tests.Support;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Tests.Service;

/// <summary>
/// Issue 11: the kept DescribeInstances answers (DescribeInstancesAnswers). A repeated request gets the very
/// answer object kept before; each invalidation (an instance write, on this service or another over the same
/// store, and the next timed state change) has a test that fails when it is removed, and authorization is still
/// decided on every request.
/// </summary>
public sealed class DescribeInstancesAnswersTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_answer_a_repeated_request_from_the_kept_answer_until_an_instance_write()
    {
        var id = ec2.Run()[0];
        var first = ec2.Call("DescribeInstances");
        Assert.Same(first, ec2.Call("DescribeInstances"));

        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "Name"), ("Tag.1.Value", "web"));
        var tagged = ec2.Call("DescribeInstances");

        Assert.NotSame(first, tagged);
        Assert.Contains("<key>Name</key>", Xml(tagged), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_move_on_at_each_timed_state_change_and_not_before()
    {
        var id = ec2.Run()[0];
        var pending = ec2.Call("DescribeInstances");
        ec2.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Same(pending, ec2.Call("DescribeInstances"));

        ec2.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("running", State());

        ec2.Call("TerminateInstances", ("InstanceId.1", id));
        Assert.Equal("shutting-down", State());
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("terminated", State());
        ec2.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("terminated", State());
        ec2.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(Ec2Harness.Instances(ec2.Call("DescribeInstances")));
    }

    [Fact]
    public void Should_show_the_earlier_state_when_the_dev_clock_is_set_back()
    {
        ec2.Run();
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("running", State());

        ec2.Clock.Advance(TimeSpan.FromSeconds(-5));

        Assert.Equal("pending", State());
    }

    [Fact]
    public void Should_see_a_write_made_by_another_service_over_the_same_store()
    {
        using var store = SqliteEc2Store.InMemory();
        var reader = new Ec2Service(store, ec2.Clock);
        var writer = new Ec2Service(store, ec2.Clock);
        var run = Call(writer, "RunInstances", ("ImageId", ec2.AmazonLinux), ("InstanceType", "t3.micro"), ("MinCount", "1"), ("MaxCount", "1"));
        var id = ((ResultStruct)((ResultList)run.Child("instancesSet")!).Members[0]).ValueOf("instanceId")!;
        var before = Call(reader, "DescribeInstances");
        Assert.Same(before, Call(reader, "DescribeInstances"));

        Call(writer, "CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "team"), ("Tag.1.Value", "blue"));

        Assert.Contains("<value>blue</value>", Xml(Call(reader, "DescribeInstances")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_decide_authorization_on_every_request_the_kept_answer_serves()
    {
        ec2.Run();
        ec2.Call("DescribeInstances");
        ec2.Call("DescribeInstances");
        Assert.Equal(2, ec2.Authorizer.Requests.Count(r => r.Action == "ec2:DescribeInstances"));

        ec2.Authorizer.Decide = r => r.Action != "ec2:DescribeInstances";
        var denied = Assert.Throws<AwsServiceException>(() => ec2.Call("DescribeInstances"));

        Assert.Equal("UnauthorizedOperation", denied.Code);
        Assert.Equal(3, ec2.Authorizer.Requests.Count(r => r.Action == "ec2:DescribeInstances"));
    }

    [Fact]
    public void Should_keep_one_answer_per_filter_page_and_instance_id()
    {
        var small = ec2.Run(6, "t3.small");
        var micro = ec2.Run(1);

        Assert.Equal(micro, Ids(("Filter.1.Name", "instance-type"), ("Filter.1.Value.1", "t3.micro")));
        Assert.Equal(small, Ids(("Filter.1.Name", "instance-type"), ("Filter.1.Value.1", "t3.small")));
        Assert.Equal([small[1]], Ids(("InstanceId.1", small[1])));
        var first = ec2.Call("DescribeInstances", ("MaxResults", "5"));
        var second = ec2.Call("DescribeInstances", ("MaxResults", "5"), ("NextToken", first.ValueOf("nextToken")!));
        Assert.Equal(small[..5], Ec2Harness.Instances(first).Select(i => i.ValueOf("instanceId")));
        Assert.Equal([small[5], micro[0]], Ec2Harness.Instances(second).Select(i => i.ValueOf("instanceId")));
        Assert.Equal("InvalidInstanceID.NotFound", ec2.Fails("DescribeInstances", ("InstanceId.1", "i-0123456789abcdef0")).Code);
    }

    private string State() => Ec2Harness.StateOf(Assert.Single(Ec2Harness.Instances(ec2.Call("DescribeInstances"))));

    private List<string> Ids(params (string Name, string Value)[] parameters) =>
        [.. Ec2Harness.Instances(ec2.Call("DescribeInstances", parameters)).Select(i => i.ValueOf("instanceId")!)];

    private ResultStruct Call(Ec2Service service, string action, params (string Name, string Value)[] parameters) =>
        service.Execute(new Ec2Call(Ec2Harness.Account, "us-east-1", action, parameters.ToDictionary(p => p.Name, p => p.Value), ec2.Authorizer));

    private static string Xml(ResultStruct result) => Protocol.Ec2Query.Ec2XmlWriter.SuccessToString("DescribeInstances", result, "request-1");
}
