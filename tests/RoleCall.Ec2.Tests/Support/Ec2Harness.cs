using RoleCall.Core.Errors;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Service;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Tests.Support;

/// <summary>An EC2 service over the in-memory SQLite store, a manual clock and a recording authorizer.</summary>
public sealed class Ec2Harness : IDisposable
{
    public const string Account = "123456789012";

    private readonly SqliteEc2Store store = SqliteEc2Store.InMemory();

    public Ec2Harness()
    {
        Service = new Ec2Service(store, Clock);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero));

    public RecordingAuthorizer Authorizer { get; } = new();

    public Ec2Service Service { get; }

    public string Region { get; set; } = "us-east-1";

    public string AmazonLinux => ImageCatalog.For(Region)[0].ImageId;

    public ResultStruct Call(string action, params (string Name, string Value)[] parameters) =>
        Service.Execute(new Ec2Call(Account, Region, action, parameters.ToDictionary(p => p.Name, p => p.Value), Authorizer));

    public AwsServiceException Fails(string action, params (string Name, string Value)[] parameters) =>
        Assert.Throws<AwsServiceException>(() => Call(action, parameters));

    /// <summary>Runs <paramref name="count"/> instances of <paramref name="type"/> and returns their IDs.</summary>
    public List<string> Run(int count = 1, string type = "t3.micro", params (string Name, string Value)[] extra)
    {
        var result = Call("RunInstances", [("ImageId", AmazonLinux), ("InstanceType", type), ("MinCount", "1"), ("MaxCount", $"{count}"), .. extra]);
        return [.. ((ResultList)result.Child("instancesSet")!).Members.Cast<ResultStruct>().Select(i => i.ValueOf("instanceId")!)];
    }

    /// <summary>The instances of a DescribeInstances result, flattened across reservations.</summary>
    public static List<ResultStruct> Instances(ResultStruct describe) =>
        [.. ((ResultList)describe.Child("reservationSet")!).Members.Cast<ResultStruct>()
            .SelectMany(r => ((ResultList)r.Child("instancesSet")!).Members.Cast<ResultStruct>())];

    public static string StateOf(ResultStruct instance) => ((ResultStruct)instance.Child("instanceState")!).ValueOf("name")!;

    public void Dispose() => store.Dispose();
}
