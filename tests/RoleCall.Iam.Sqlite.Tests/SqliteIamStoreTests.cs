using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite.Tests;

public sealed class SqliteIamStoreTests : IDisposable
{
    private readonly SqliteIamStore store = SqliteIamStore.InMemory();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Should_round_trip_every_field_of_a_role()
    {
        var role = Samples.Role("app");
        store.TryAddEntity(role);

        var found = (IamRole)store.FindEntity(Samples.Account, EntityKind.Role, "APP")!;

        Assert.Equal((role.Id, role.Name, role.Path, role.Arn, role.CreateDate), (found.Id, found.Name, found.Path, found.Arn, found.CreateDate));
        Assert.Equal((role.AssumeRolePolicyDocument, role.Description, role.MaxSessionDuration, role.PermissionsBoundaryArn),
            (found.AssumeRolePolicyDocument, found.Description, found.MaxSessionDuration, found.PermissionsBoundaryArn));
        Assert.Equal(role.Tags, found.Tags);
        Assert.Equal(role.AttachedPolicyArns, found.AttachedPolicyArns);
        Assert.Equal(role.InlinePolicies, found.InlinePolicies);
        Assert.Same(found.GetType(), store.FindEntityById(role.Id)!.GetType());
    }

    [Fact]
    public void Should_refuse_a_second_entity_with_the_same_name_in_any_case_but_allow_it_in_another_kind()
    {
        Assert.True(store.TryAddEntity(Samples.User("same")));

        Assert.False(store.TryAddEntity(Samples.User("SAME", id: "AIDAOTHERIDXXXXXXXXXX")));
        Assert.True(store.TryAddEntity(Samples.Role("same")));
    }

    [Fact]
    public void Should_keep_the_attachment_and_boundary_indexes_in_step_with_the_entity()
    {
        var role = Samples.Role("app");
        store.TryAddEntity(role);
        Assert.Equal(1, store.CountPolicyAttachments(Samples.Account, "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.Equal(1, store.CountBoundaryUsage(Samples.Account, "arn:aws:iam::aws:policy/PowerUserAccess"));

        store.SaveEntity(role with { AttachedPolicyArns = [], PermissionsBoundaryArn = null });

        Assert.Equal(0, store.CountPolicyAttachments(Samples.Account, "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.Equal(0, store.CountBoundaryUsage(Samples.Account, "arn:aws:iam::aws:policy/PowerUserAccess"));
    }

    [Fact]
    public void Should_list_group_members_and_forget_them_when_the_user_is_deleted()
    {
        var user = Samples.User("member") with { GroupIds = ["AGPAGROUPXXXXXXXXXXXX"] };
        store.TryAddEntity(user);
        Assert.Equal(["member"], store.ListGroupMembers("AGPAGROUPXXXXXXXXXXXX", PageRequest.All).Items.Select(u => u.Name));

        store.DeleteEntity(user.Id);

        Assert.Empty(store.ListGroupMembers("AGPAGROUPXXXXXXXXXXXX", PageRequest.All).Items);
        Assert.Null(store.FindEntityById(user.Id));
    }

    [Fact]
    public void Should_page_in_name_order_with_a_path_prefix()
    {
        foreach (var name in new[] { "c", "a", "d", "b" })
        {
            store.TryAddEntity(Samples.User(name) with { Path = name == "d" ? "/other/" : "/team/" });
        }

        var first = store.ListEntities(Samples.Account, EntityKind.User, "/team/", new PageRequest(null, 2));
        var second = store.ListEntities(Samples.Account, EntityKind.User, "/team/", new PageRequest(first.NextAfter, 2));

        Assert.Equal(["a", "b"], first.Items.Select(e => e.Name));
        Assert.Equal(["c"], second.Items.Select(e => e.Name));
        Assert.Null(second.NextAfter);
    }

    [Fact]
    public void Should_accept_each_MFA_time_step_once_and_only_moving_forward()
    {
        store.TryAddMfaDevice(new MfaDevice("arn:aws:iam::123456789012:mfa/d", Samples.Account, "d", "/", "SEED", Samples.Time));

        Assert.True(store.TryUseMfaStep("arn:aws:iam::123456789012:mfa/d", 100));
        Assert.False(store.TryUseMfaStep("arn:aws:iam::123456789012:mfa/d", 100));
        Assert.False(store.TryUseMfaStep("arn:aws:iam::123456789012:mfa/d", 99));
        Assert.True(store.TryUseMfaStep("arn:aws:iam::123456789012:mfa/d", 101));
        Assert.Equal(101, store.FindMfaDevice("arn:aws:iam::123456789012:mfa/d")!.LastUsedStep);
    }

    [Fact]
    public void Should_store_find_and_purge_sessions()
    {
        var caller = new Caller(PrincipalKind.AssumedRole, Samples.Account, "arn:aws:sts::123456789012:assumed-role/app/s", "AROAX:s", "ASIAEXAMPLE",
            new SessionContext(Samples.Time, Samples.Time.AddHours(1), true, Samples.Time, "arn:aws:iam::123456789012:role/app",
                SessionPolicies: ["{}"], Tags: new Dictionary<string, string> { ["k"] = "v" }) { TokenKind = "AssumeRole" });
        store.AddSession(new TemporarySession("ASIAEXAMPLE", "secret", "token", caller));

        var found = store.FindSession("ASIAEXAMPLE")!;

        Assert.Equal(caller.Arn, found.Caller.Arn);
        Assert.Equal(Samples.Time.AddHours(1), found.Expiration);
        Assert.Equal("v", found.Caller.Session!.Tags!["k"]);
        Assert.Equal("AssumeRole", found.Caller.Session.TokenKind);
        Assert.Equal(0, store.DeleteSessionsExpiredBefore(Samples.Time.AddMinutes(59)));
        Assert.Equal(1, store.DeleteSessionsExpiredBefore(Samples.Time.AddHours(2)));
        Assert.Null(store.FindSession("ASIAEXAMPLE"));
    }

    [Fact]
    public void Should_keep_root_and_user_keys_apart()
    {
        store.AddAccessKey(new AccessKey("AKIAROOTXXXXXXXXXXXX", Samples.Account, null, "s1", Samples.Time));
        store.AddAccessKey(new AccessKey("AKIAUSERXXXXXXXXXXXX", Samples.Account, "AIDAU", "s2", Samples.Time));

        Assert.Equal(["AKIAROOTXXXXXXXXXXXX"], store.ListAccessKeys(Samples.Account, null).Select(k => k.AccessKeyId));
        Assert.Equal(["AKIAUSERXXXXXXXXXXXX"], store.ListAccessKeys(Samples.Account, "AIDAU").Select(k => k.AccessKeyId));
        Assert.DoesNotContain("s2", store.FindAccessKey("AKIAUSERXXXXXXXXXXXX")!.ToString(), StringComparison.Ordinal);
    }
}
