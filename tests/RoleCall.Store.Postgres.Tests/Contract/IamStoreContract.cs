using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>
/// The IIamStore contract, once, run against every implementation (SQLite and PostgreSQL subclasses): the
/// same calls must give the same answers, so the service behaves the same whichever store `serve` runs on.
/// </summary>
public abstract partial class IamStoreContract : IDisposable
{
    private IIamStore? store;

    protected IIamStore Store => store ??= Open();

    /// <summary>A fresh, empty store.</summary>
    protected abstract IIamStore Open();

    public void Dispose()
    {
        (store as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Should_round_trip_every_field_of_a_role_found_by_name_in_any_case()
    {
        var role = Samples.Role("app");
        Assert.True(Store.TryAddEntity(role));

        var found = (IamRole)Store.FindEntity(Samples.Account, EntityKind.Role, "APP")!;

        Assert.Equal((role.Id, role.Name, role.Path, role.Arn, role.CreateDate), (found.Id, found.Name, found.Path, found.Arn, found.CreateDate));
        Assert.Equal((role.AssumeRolePolicyDocument, role.Description, role.MaxSessionDuration, role.PermissionsBoundaryArn),
            (found.AssumeRolePolicyDocument, found.Description, found.MaxSessionDuration, found.PermissionsBoundaryArn));
        Assert.Equal(role.Tags, found.Tags);
        Assert.Equal(role.AttachedPolicyArns, found.AttachedPolicyArns);
        Assert.Equal(role.InlinePolicies, found.InlinePolicies);
        Assert.IsType<IamRole>(Store.FindEntityById(role.Id));
    }

    [Fact]
    public void Should_refuse_a_second_entity_with_the_same_name_in_any_case_but_allow_it_in_another_kind()
    {
        Assert.True(Store.TryAddEntity(Samples.User("same")));

        Assert.False(Store.TryAddEntity(Samples.User("SAME", id: "AIDAOTHERIDXXXXXXXXXX")));
        Assert.True(Store.TryAddEntity(Samples.Role("same")));
    }

    [Fact]
    public void Should_refuse_a_rename_onto_a_taken_name_and_accept_a_free_one()
    {
        var first = Samples.User("first");
        Store.TryAddEntity(first);
        Store.TryAddEntity(Samples.User("second"));

        Assert.False(Store.SaveEntity(first with { Name = "Second" }));
        Assert.True(Store.SaveEntity(first with { Name = "renamed" }));
        Assert.Equal(first.Id, Store.FindEntity(Samples.Account, EntityKind.User, "RENAMED")!.Id);
        Assert.Null(Store.FindEntity(Samples.Account, EntityKind.User, "first"));
    }

    [Fact]
    public void Should_keep_the_attachment_and_boundary_indexes_in_step_with_the_entity()
    {
        var role = Samples.Role("app");
        Store.TryAddEntity(role);
        Assert.Equal(1, Store.CountPolicyAttachments(Samples.Account, Samples.ReadOnly));
        Assert.Equal(1, Store.CountBoundaryUsage(Samples.Account, Samples.PowerUser));
        Assert.Equal([new EntityRef(EntityKind.Role, "app", role.Id)], Store.ListPolicyAttachments(Samples.Account, Samples.ReadOnly));

        Store.SaveEntity(role with { AttachedPolicyArns = [], PermissionsBoundaryArn = null });

        Assert.Equal(0, Store.CountPolicyAttachments(Samples.Account, Samples.ReadOnly));
        Assert.Equal(0, Store.CountBoundaryUsage(Samples.Account, Samples.PowerUser));
    }

    [Fact]
    public void Should_list_group_members_and_forget_them_when_the_user_is_deleted()
    {
        var user = Samples.User("member") with { GroupIds = ["AGPAGROUPXXXXXXXXXXXX"] };
        Store.TryAddEntity(user);
        Assert.Equal(["member"], Store.ListGroupMembers("AGPAGROUPXXXXXXXXXXXX", PageRequest.All).Items.Select(u => u.Name));

        Store.DeleteEntity(user.Id);

        Assert.Empty(Store.ListGroupMembers("AGPAGROUPXXXXXXXXXXXX", PageRequest.All).Items);
        Assert.Null(Store.FindEntityById(user.Id));
    }

    [Fact]
    public void Should_page_in_name_order_with_a_path_prefix()
    {
        foreach (var name in new[] { "c", "a", "d", "b" })
        {
            Store.TryAddEntity(Samples.User(name) with { Path = name == "d" ? "/other/" : "/team/" });
        }

        var first = Store.ListEntities(Samples.Account, EntityKind.User, "/team/", new PageRequest(null, 2));
        var second = Store.ListEntities(Samples.Account, EntityKind.User, "/team/", new PageRequest(first.NextAfter, 2));

        Assert.Equal(["a", "b"], first.Items.Select(e => e.Name));
        Assert.Equal(["c"], second.Items.Select(e => e.Name));
        Assert.Null(second.NextAfter);
        Assert.Equal(["a", "b", "c", "d"], Store.ListEntities(Samples.Account, EntityKind.User, "/", PageRequest.All).Items.Select(e => e.Name));
    }

    [Fact]
    public void Should_order_mixed_case_names_the_same_way_on_every_store()
    {
        foreach (var name in new[] { "beta", "Alpha", "alpha2", "Zed", "_under", "Beta-1" })
        {
            Store.TryAddEntity(Samples.User(name));
        }

        var all = Store.ListEntities(Samples.Account, EntityKind.User, "/", PageRequest.All).Items.Select(e => e.Name).ToList();
        var paged = new List<string>();
        for (string? after = null; ;)
        {
            var page = Store.ListEntities(Samples.Account, EntityKind.User, "/", new PageRequest(after, 2));
            paged.AddRange(page.Items.Select(e => e.Name));
            if ((after = page.NextAfter) is null)
            {
                break;
            }
        }

        // Case-insensitive byte order (SQLite's NOCASE): the order ListUsers has always answered in.
        Assert.Equal(["_under", "Alpha", "alpha2", "beta", "Beta-1", "Zed"], all);
        Assert.Equal(all, paged);
    }
}
