using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The contract's keys, MFA devices, sessions, policies and accounts.</summary>
public abstract partial class IamStoreContract
{
    private const string Serial = "arn:aws:iam::123456789012:mfa/d";

    [Fact]
    public void Should_accept_each_MFA_time_step_once_and_only_moving_forward()
    {
        Assert.True(Store.TryAddMfaDevice(new MfaDevice(Serial, Samples.Account, "d", "/", "SEED", Samples.Time)));
        Assert.False(Store.TryAddMfaDevice(new MfaDevice(Serial, Samples.Account, "d", "/", "OTHER", Samples.Time)));

        Assert.True(Store.TryUseMfaStep(Serial, 100));
        Assert.False(Store.TryUseMfaStep(Serial, 100));
        Assert.False(Store.TryUseMfaStep(Serial, 99));
        Assert.True(Store.TryUseMfaStep(Serial, 101));
        Assert.Equal(101, Store.FindMfaDevice(Serial)!.LastUsedStep);
        Assert.Equal("SEED", Store.FindMfaDevice(Serial)!.SeedBase32);
    }

    [Fact]
    public void Should_not_move_the_MFA_step_back_when_a_stale_record_is_saved()
    {
        var device = new MfaDevice(Serial, Samples.Account, "d", "/", "SEED", Samples.Time);
        Store.TryAddMfaDevice(device);
        Store.TryUseMfaStep(Serial, 200);

        Store.SaveMfaDevice(device with { UserId = "AIDAU", LastUsedStep = 150 });

        Assert.Equal(200, Store.FindMfaDevice(Serial)!.LastUsedStep);
        Assert.Equal("AIDAU", Store.FindMfaDevice(Serial)!.UserId);
        Assert.Equal(1, Store.CountEntities(Samples.Account).MfaDevicesInUse);
    }

    [Fact]
    public void Should_accept_a_time_step_exactly_once_when_many_threads_race_for_it()
    {
        Store.TryAddMfaDevice(new MfaDevice(Serial, Samples.Account, "d", "/", "SEED", Samples.Time));

        var accepted = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Count(_ => Store.TryUseMfaStep(Serial, 500));

        Assert.Equal(1, accepted);
    }

    [Fact]
    public void Should_store_find_and_purge_sessions()
    {
        var session = Samples.Session("ASIAEXAMPLE", Samples.Time.AddHours(1));
        Store.AddSession(session);

        var found = Store.FindSession("ASIAEXAMPLE")!;

        Assert.Equal(session.Caller.Arn, found.Caller.Arn);
        Assert.Equal(("secret", "token"), (found.SecretAccessKey, found.SessionToken));
        Assert.Equal(Samples.Time.AddHours(1), found.Expiration);
        Assert.Equal("v", found.Caller.Session!.Tags!["k"]);
        Assert.Equal(0, Store.DeleteSessionsExpiredBefore(Samples.Time.AddMinutes(59)));
        Assert.Equal(1, Store.DeleteSessionsExpiredBefore(Samples.Time.AddHours(2)));
        Assert.Null(Store.FindSession("ASIAEXAMPLE"));
    }

    [Fact]
    public void Should_keep_root_and_user_keys_apart_and_save_a_key_change()
    {
        Store.AddAccessKey(new AccessKey("AKIAROOTXXXXXXXXXXXX", Samples.Account, null, "s1", Samples.Time));
        Store.AddAccessKey(new AccessKey("AKIAUSERXXXXXXXXXXXX", Samples.Account, "AIDAU", "s2", Samples.Time));

        Store.SaveAccessKey(Store.FindAccessKey("AKIAUSERXXXXXXXXXXXX")! with { Active = false });

        Assert.Equal(["AKIAROOTXXXXXXXXXXXX"], Store.ListAccessKeys(Samples.Account, null).Select(k => k.AccessKeyId));
        Assert.Equal(["AKIAUSERXXXXXXXXXXXX"], Store.ListAccessKeys(Samples.Account, "AIDAU").Select(k => k.AccessKeyId));
        Assert.Equal(("s2", false), (Store.FindAccessKey("AKIAUSERXXXXXXXXXXXX")!.SecretAccessKey, Store.FindAccessKey("AKIAUSERXXXXXXXXXXXX")!.Active));
        Store.DeleteAccessKey("AKIAUSERXXXXXXXXXXXX");
        Assert.Null(Store.FindAccessKey("AKIAUSERXXXXXXXXXXXX"));
    }

    [Fact]
    public void Should_keep_policy_names_unique_in_any_case_and_count_versions()
    {
        var policy = new ManagedPolicy(Samples.Account, "ANPAX", "Deploy", "/ops/", Samples.Time)
        {
            Versions = [new PolicyVersion("v1", "{}", Samples.Time), new PolicyVersion("v2", "{}", Samples.Time)],
        };
        Assert.True(Store.TryAddPolicy(policy));
        Assert.False(Store.TryAddPolicy(policy with { PolicyId = "ANPAY", Name = "DEPLOY", Path = "/" }));
        Assert.True(Store.TryAddPolicy(new ManagedPolicy(Samples.Account, "ANPAZ", "audit", "/", Samples.Time)));

        Assert.Equal(["audit", "Deploy"], Store.ListPolicies(Samples.Account, "/", PageRequest.All).Items.Select(p => p.Name));
        Assert.Equal(["Deploy"], Store.ListPolicies(Samples.Account, "/ops/", PageRequest.All).Items.Select(p => p.Name));
        Assert.Equal(2, Store.CountEntities(Samples.Account).PolicyVersionsInUse);
        Store.DeletePolicy(policy.Arn);
        Assert.Null(Store.FindPolicy(policy.Arn));
    }

    [Fact]
    public void Should_add_an_account_once_and_save_its_changes()
    {
        Assert.True(Store.TryAddAccount(new IamAccount(Samples.Account, Samples.Time)));
        Assert.False(Store.TryAddAccount(new IamAccount(Samples.Account, Samples.Time.AddDays(1))));
        Store.TryAddAccount(new IamAccount("000000000001", Samples.Time));

        Assert.Equal(Samples.Time, Store.FindAccount(Samples.Account)!.CreateDate);
        Assert.Equal(["000000000001", Samples.Account], Store.ListAccounts().Select(a => a.AccountId));
    }

    [Fact]
    public void Should_count_entities_by_kind()
    {
        Store.TryAddEntity(Samples.User("u1"));
        Store.TryAddEntity(Samples.User("u2"));
        Store.TryAddEntity(Samples.Role("r1"));

        var counts = Store.CountEntities(Samples.Account);

        Assert.Equal((2, 0, 1, 1), (counts.Users, counts.Groups, counts.Roles, counts.AttachedPolicies));
    }
}
