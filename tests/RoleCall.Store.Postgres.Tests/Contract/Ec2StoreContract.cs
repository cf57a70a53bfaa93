using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Store;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>
/// The IEc2Store contract, run against SQLite and PostgreSQL: records kept whole, launch order, deletion,
/// sequence numbers that only grow (across a restart too), reads that see the last write at once, and a write
/// scope that holds a second writer until the first leaves.
/// </summary>
public abstract class Ec2StoreContract : IDisposable
{
    private const string Region = "us-east-1";
    private readonly List<IDisposable> opened = [];

    /// <summary>A store over this test's data: a later call opens the same data, as a restart does.</summary>
    protected abstract IEc2Store OpenStore();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Should_keep_instances_network_and_launch_order_across_a_restart()
    {
        List<string> before;
        var first = Open();
        new Ec2Service(first, TimeProvider.System).Execute(Run());
        before = [.. first.ListInstances(Samples.Account, Region).Select(i => i.InstanceId)];
        Close(first);

        var second = Open();
        new Ec2Service(second, TimeProvider.System).Execute(Run());
        var after = second.ListInstances(Samples.Account, Region);

        Assert.Equal(before, after.Take(2).Select(i => i.InstanceId));
        Assert.Equal(4, after.Count);
        Assert.True(after.Zip(after.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Single(after.Select(i => i.VpcId).Distinct());
    }

    [Fact]
    public void Should_round_trip_an_instance_and_list_by_launch_order_in_its_account_and_region_only()
    {
        var store = Open();
        var late = Instance("i-0000000000000000b", 20);
        store.SaveInstances([late, Instance("i-0000000000000000a", 10), Instance("i-0000000000000000c", 30) with { Region = "eu-west-1" }]);

        var listed = store.ListInstances(Samples.Account, Region);

        Assert.Equal(["i-0000000000000000a", "i-0000000000000000b"], listed.Select(i => i.InstanceId));
        Assert.Equal(late with { Tags = [] }, listed[1] with { Tags = [] });
        Assert.Equal(late.Tags, listed[1].Tags);
        Assert.Empty(store.ListInstances("999999999999", Region));
    }

    [Fact]
    public void Should_replace_an_instance_by_id_and_show_the_change_to_the_next_read()
    {
        var store = Open();
        var instance = Instance("i-0000000000000000a", 1);
        store.SaveInstances([instance]);
        Assert.Equal(InstanceStateName.Pending, store.ListInstances(Samples.Account, Region)[0].State);

        store.SaveInstances([instance with { State = InstanceStateName.Stopped }]);

        Assert.Equal(InstanceStateName.Stopped, Assert.Single(store.ListInstances(Samples.Account, Region)).State);
    }

    [Fact]
    public void Should_hand_out_the_same_list_until_an_instance_write_and_a_new_one_after_it()
    {
        // DescribeInstancesAnswers keeps an answer while ListInstances hands back the list it was built from.
        var store = Open();
        store.SaveInstances([Instance("i-0000000000000000a", 1), Instance("i-0000000000000000b", 2)]);
        var listed = store.ListInstances(Samples.Account, Region);
        Assert.Same(listed, store.ListInstances(Samples.Account, Region));

        store.SaveInstances([listed[0] with { InstanceType = "t3.large" }]);
        var saved = store.ListInstances(Samples.Account, Region);
        store.DeleteInstances(Samples.Account, Region, ["i-0000000000000000b"]);
        var deleted = store.ListInstances(Samples.Account, Region);

        Assert.NotSame(listed, saved);
        Assert.NotSame(saved, deleted);
        Assert.Equal(("t3.micro", 2), (listed[0].InstanceType, listed.Count));
    }

    [Fact]
    public void Should_delete_only_the_named_instances()
    {
        var store = Open();
        store.SaveInstances([Instance("i-0000000000000000a", 1), Instance("i-0000000000000000b", 2), Instance("i-0000000000000000c", 3)]);
        Assert.Equal(3, store.ListInstances(Samples.Account, Region).Count);

        store.DeleteInstances(Samples.Account, Region, ["i-0000000000000000a", "i-0000000000000000c", "i-0000000000000000f"]);

        Assert.Equal("i-0000000000000000b", Assert.Single(store.ListInstances(Samples.Account, Region)).InstanceId);
    }

    [Fact]
    public void Should_find_a_network_in_its_account_and_region_and_replace_it_on_save()
    {
        var store = Open();
        var network = new Ec2Network(Samples.Account, Region, "vpc-1", "dopt-1", "172.31.0.0/16", [],
            [new Ec2Subnet("subnet-1", "us-east-1a", "use1-az1", "172.31.0.0/20", [new Ec2Tag("Name", "a")])]);
        Assert.Null(store.FindNetwork(Samples.Account, Region));

        store.SaveNetwork(network);
        store.SaveNetwork(network with { VpcTags = [new Ec2Tag("env", "dev")] });

        var found = store.FindNetwork(Samples.Account, Region)!;
        Assert.Equal(("vpc-1", "172.31.0.0/16", "a"), (found.VpcId, found.CidrBlock, found.Subnets[0].Tags[0].Value));
        Assert.Equal("dev", Assert.Single(found.VpcTags).Value);
        Assert.Null(store.FindNetwork(Samples.Account, "eu-west-1"));
    }

    [Fact]
    public void Should_issue_growing_sequence_numbers_across_a_restart()
    {
        var first = Open();
        var issued = Enumerable.Range(0, 3).Select(_ => first.NextSequence()).ToList();
        first.SaveInstances([Instance("i-0000000000000000a", issued[^1])]);
        Close(first);

        var next = Open().NextSequence();

        Assert.True(issued.Zip(issued.Skip(1)).All(p => p.First < p.Second));
        Assert.True(next > issued[^1], $"{next} after {issued[^1]}");
    }

    [Fact]
    public void Should_hold_a_second_writer_until_the_first_leaves_the_write_scope()
    {
        var store = Open();
        using var entered = new ManualResetEventSlim();
        var scope = store.EnterWriteScope();

        var second = new Thread(() =>
        {
            using (store.EnterWriteScope())
            {
                entered.Set();
            }
        });
        second.Start();

        Assert.False(entered.Wait(300));
        scope.Dispose();
        Assert.True(entered.Wait(TimeSpan.FromSeconds(5)));
        second.Join();
    }

    /// <summary>Closes every store the test opened; a subclass then removes its data.</summary>
    protected virtual void Dispose(bool disposing)
    {
        opened.ForEach(s => s.Dispose());
        opened.Clear();
    }

    protected IEc2Store Open()
    {
        var store = OpenStore();
        opened.Add((IDisposable)store);
        return store;
    }

    private void Close(IEc2Store store)
    {
        opened.Remove((IDisposable)store);
        ((IDisposable)store).Dispose();
    }

    private static Ec2Call Run() => new(Samples.Account, Region, "RunInstances", new Dictionary<string, string>
    {
        ["ImageId"] = ImageCatalog.For(Region)[0].ImageId,
        ["InstanceType"] = "t3.micro",
        ["MinCount"] = "2",
        ["MaxCount"] = "2",
    }, AllowAll.Instance);

    private static Ec2Instance Instance(string id, long sequence) => new(Samples.Account, Region, id, "r-0123456789abcdef0", sequence, 0,
        "ami-0123456789abcdef0", "t3.micro", "x86_64", "us-east-1a", "vpc-1", "subnet-1", "172.31.0.4", Samples.Time,
        InstanceStateName.Pending, Samples.Time, [new Ec2Tag("Name", id)], "token");
}
