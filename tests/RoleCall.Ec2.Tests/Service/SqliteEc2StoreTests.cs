using RoleCall.Ec2.Service;
using RoleCall.Ec2.Tests.Support;
using RoleCall.Iam.Sqlite.Ec2;

namespace RoleCall.Ec2.Tests.Service;

public sealed class SqliteEc2StoreTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rolecall-ec2-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Should_keep_instances_network_and_launch_order_across_a_restart()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var authorizer = new RecordingAuthorizer();
        List<string> before;
        using (var store = SqliteEc2Store.Open(directory))
        {
            var service = new Ec2Service(store, clock);
            service.Execute(new("111122223333", "us-east-1", "RunInstances", Run(), authorizer));
            before = [.. store.ListInstances("111122223333", "us-east-1").Select(i => i.InstanceId)];
        }

        using (var store = SqliteEc2Store.Open(directory))
        {
            var service = new Ec2Service(store, clock);
            service.Execute(new("111122223333", "us-east-1", "RunInstances", Run(), authorizer));
            var after = store.ListInstances("111122223333", "us-east-1");

            Assert.Equal(before, after.Take(2).Select(i => i.InstanceId));
            Assert.Equal(4, after.Count);
            Assert.True(after.Zip(after.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
            Assert.Single(after.Select(i => i.VpcId).Distinct());
        }
    }

    private static Dictionary<string, string> Run() => new()
    {
        ["ImageId"] = Catalog.ImageCatalog.For("us-east-1")[0].ImageId,
        ["InstanceType"] = "t3.micro",
        ["MinCount"] = "2",
        ["MaxCount"] = "2",
    };
}
