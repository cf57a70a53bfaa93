using System.Diagnostics;
using RoleCall.Core.Otp;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.IdentityCenter;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Passwords;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// EC2 and Identity Center on two replicas of one PostgreSQL database (each store with pools of its own, as two
/// `serve` processes have): their check-then-act sequences are serialized across replicas by the stores' write
/// scopes, and EC2's cached listings follow the other replica's writes.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class ServiceReplicaTests
{
    private const string Region = "us-east-1";
    private readonly string url = PostgresServer.Shared.CreateDatabase("services");

    [Fact]
    public void Should_give_an_account_one_default_vpc_when_two_replicas_launch_in_a_new_region_at_once()
    {
        using var a = Stores.OpenEc2(url);
        using var b = Stores.OpenEc2(url);
        var services = new[] { new Ec2Service(a, TimeProvider.System), new Ec2Service(b, TimeProvider.System) };

        for (var round = 0; round < 20; round++)
        {
            var account = $"1000000000{round:D2}";
            using var start = new Barrier(2);
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                start.SignalAndWait();
                services[i].Execute(new Ec2Call(account, Region, "RunInstances", new Dictionary<string, string>
                {
                    ["ImageId"] = ImageCatalog.For(Region)[0].ImageId,
                    ["MinCount"] = "1",
                    ["MaxCount"] = "1",
                }, AllowAll.Instance));
            });

            var vpc = a.FindNetwork(account, Region)!.VpcId;
            var instances = b.ListInstances(account, Region);
            Assert.Equal(2, instances.Count);
            Assert.All(instances, i => Assert.Equal(vpc, i.VpcId));
        }
    }

    [Fact]
    public void Should_show_an_instance_saved_through_one_replica_in_the_others_cached_listing_within_100_ms()
    {
        using var a = Stores.OpenEc2(url);
        using var b = Stores.OpenEc2(url);
        a.SaveInstances([Instance("i-0000000000000000a", a.NextSequence())]);
        Assert.Single(b.ListInstances(Samples.Account, Region)); // B caches the listing

        a.SaveInstances([Instance("i-0000000000000000b", a.NextSequence())]);
        var clock = Stopwatch.StartNew();

        while (b.ListInstances(Samples.Account, Region).Count != 2)
        {
            Assert.InRange(clock.ElapsedMilliseconds, 0, 100);
            Thread.Sleep(2);
        }
    }

    [Fact]
    public void Should_create_one_identity_center_instance_when_two_replicas_ask_for_it_at_once()
    {
        using var a = Stores.OpenIdentityCenter(url);
        using var b = Stores.OpenIdentityCenter(url);

        for (var round = 0; round < 20; round++)
        {
            var account = $"2000000000{round:D2}";
            var directories = new[] { new InstanceDirectory(a, account, TimeProvider.System), new InstanceDirectory(b, account, TimeProvider.System) };
            using var start = new Barrier(2);
            var arns = new string[2];
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                start.SignalAndWait();
                arns[i] = directories[i].Instance.InstanceArn;
            });

            Assert.Equal(arns[0], arns[1]);
            Assert.Single(a.List<IcInstance>(account));
        }
    }

    [Fact]
    public void Should_accept_one_mfa_code_once_when_two_replicas_check_it_at_once()
    {
        using var a = Stores.OpenIdentityCenter(url);
        using var b = Stores.OpenIdentityCenter(url);
        var directory = new InstanceDirectory(a, Samples.Account, TimeProvider.System);
        var seed = new byte[20];
        var user = new StoreUser("u-1", directory.Instance.IdentityStoreId, "alice") { MfaSeed = Base32.Encode(seed) };
        Assert.True(a.TryAdd(user));
        using var iam = Stores.OpenIam(url);
        var throttle = new RoleCall.Iam.SignIn.SignInThrottle(iam, TimeProvider.System);
        var signIns = new[] { new UserSignIn(a, directory, throttle, TimeProvider.System), new UserSignIn(b, directory, throttle, TimeProvider.System) };

        for (var round = 0; round < 10; round++)
        {
            // Each round a step newer than the last accepted one (codes one step ahead are inside the drift window).
            var now = DateTimeOffset.UtcNow;
            var step = Totp.StepAt(now) + (round % 2 == 0 ? 0 : 1);
            a.Save(a.Find<StoreUser>("u-1")! with { MfaLastStep = step - 1 });
            var code = Totp.Code(seed, step);
            using var start = new Barrier(2);
            var accepted = new bool[2];
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                start.SignalAndWait();
                accepted[i] = signIns[i].CheckMfa(user, code);
            });

            Assert.Equal(1, accepted.Count(x => x));
        }
    }

    private static Ec2Instance Instance(string id, long sequence) => new(Samples.Account, Region, id, "r-0123456789abcdef0", sequence, 0,
        "ami-0123456789abcdef0", "t3.micro", "x86_64", "us-east-1a", "vpc-1", "subnet-1", "172.31.0.4", Samples.Time,
        InstanceStateName.Pending, Samples.Time, [new Ec2Tag("Name", id)]);
}
