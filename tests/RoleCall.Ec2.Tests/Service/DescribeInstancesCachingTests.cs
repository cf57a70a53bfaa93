using RoleCall.Ec2.Service;
using RoleCall.Ec2.Tests.Support;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Tests.Service;

/// <summary>
/// The caches behind DescribeInstances: the store's instance lists (dropped by every instance write) and each
/// instance's rendered XML (dropped with the record it was rendered from). Each test fails when the
/// invalidation it names is removed.
/// </summary>
public sealed class DescribeInstancesCachingTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_render_a_stop_and_a_tag_in_the_xml_after_an_unchanged_listing_was_rendered()
    {
        var id = ec2.Run()[0];
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        var first = Xml();
        Assert.Equal(first, Xml());
        Assert.Contains("<name>running</name>", first, StringComparison.Ordinal);

        ec2.Call("StopInstances", ("InstanceId.1", id));
        Assert.Contains("<name>stopping</name>", Xml(), StringComparison.Ordinal);

        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "Name"), ("Tag.1.Value", "web"));
        Assert.Contains("<key>Name</key>", Xml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_the_state_a_transition_reached_by_the_clock_alone()
    {
        ec2.Run();
        Assert.Contains("<name>pending</name>", Xml(), StringComparison.Ordinal);

        ec2.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Contains("<name>running</name>", Xml(), StringComparison.Ordinal);
        Assert.DoesNotContain("<name>pending</name>", Xml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_what_SaveInstances_and_DeleteInstances_wrote_after_a_cached_listing()
    {
        using var store = SqliteEc2Store.InMemory();
        var service = new Ec2Service(store, ec2.Clock);
        service.Execute(new(Ec2Harness.Account, "us-east-1", "RunInstances", new Dictionary<string, string>
        {
            ["ImageId"] = ec2.AmazonLinux, ["InstanceType"] = "t3.micro", ["MinCount"] = "2", ["MaxCount"] = "2",
        }, ec2.Authorizer));
        var listed = store.ListInstances(Ec2Harness.Account, "us-east-1");
        Assert.Same(listed, store.ListInstances(Ec2Harness.Account, "us-east-1"));

        store.SaveInstances([listed[0] with { InstanceType = "t3.large" }]);
        var afterSave = store.ListInstances(Ec2Harness.Account, "us-east-1");
        store.DeleteInstances(Ec2Harness.Account, "us-east-1", [listed[1].InstanceId]);
        var afterDelete = store.ListInstances(Ec2Harness.Account, "us-east-1");

        Assert.Equal("t3.large", afterSave[0].InstanceType);
        Assert.Equal([listed[0].InstanceId], afterDelete.Select(i => i.InstanceId));
    }

    private string Xml() => Ec2XmlWriter.SuccessToString("DescribeInstances", ec2.Call("DescribeInstances"), "request-1");
}
