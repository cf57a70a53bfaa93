using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>
/// The IIdentityCenterStore contract, run against SQLite and PostgreSQL: unique IDs per kind, unique names per
/// kind and scope case-insensitively, listings by ID, saves that refuse a taken name, and a re-entrant write
/// scope that holds other writers.
/// </summary>
public abstract class IdentityCenterStoreContract : IDisposable
{
    private const string Scope = "d-1234567890";
    private IIdentityCenterStore? store;

    protected IIdentityCenterStore Store => store ??= Open();

    /// <summary>A fresh, empty store.</summary>
    protected abstract IIdentityCenterStore Open();

    public void Dispose()
    {
        (store as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Should_round_trip_a_user_found_by_id_and_by_name_in_any_case()
    {
        var user = User("u-1", "Alice") with { DisplayName = "Alice A", Emails = [new StoreEmail("a@example.com", "work", true)], MfaLastStep = 42 };
        Assert.True(Store.TryAdd(user));

        var byId = Store.Find<StoreUser>("u-1")!;
        var byName = Store.FindByName<StoreUser>(Scope, "ALICE")!;

        Assert.Equal((user.UserName, user.DisplayName, user.MfaLastStep), (byId.UserName, byId.DisplayName, byId.MfaLastStep));
        Assert.Equal(user.Emails, byId.Emails);
        Assert.Equal("u-1", byName.Id);
        Assert.Null(Store.FindByName<StoreUser>("d-other", "alice"));
        Assert.Null(Store.Find<StoreGroup>("u-1"));
    }

    [Fact]
    public void Should_refuse_a_taken_id_or_a_taken_name_in_any_case_within_kind_and_scope_only()
    {
        Assert.True(Store.TryAdd(User("u-1", "alice")));

        Assert.False(Store.TryAdd(User("u-1", "bob")));
        Assert.False(Store.TryAdd(User("u-2", "ALICE")));
        Assert.True(Store.TryAdd(User("u-3", "alice") with { Scope = "d-other" }));
        Assert.True(Store.TryAdd(new StoreGroup("g-1", Scope, "alice", null)));
        Assert.True(Store.TryAdd(new StoreGroup("u-1", Scope, "same id, other kind", null)));
    }

    [Fact]
    public void Should_list_one_kind_of_one_scope_by_id_in_ordinal_order()
    {
        foreach (var (id, name) in new[] { ("u-b", "x"), ("u-B", "y"), ("u-a", "z"), ("u-_", "w") })
        {
            Store.TryAdd(User(id, name));
        }

        Store.TryAdd(User("u-0", "elsewhere") with { Scope = "d-other" });
        Store.TryAdd(new StoreGroup("g-0", Scope, "group", null));

        Assert.Equal(["u-B", "u-_", "u-a", "u-b"], Store.List<StoreUser>(Scope).Select(u => u.Id));
    }

    [Fact]
    public void Should_save_a_change_refuse_a_rename_onto_a_taken_name_and_refuse_an_unknown_item()
    {
        var alice = User("u-1", "alice");
        Store.TryAdd(alice);
        Store.TryAdd(User("u-2", "bob"));

        Assert.True(Store.Save(alice with { UserName = "alicia", PasswordResetRequired = true }));
        Assert.False(Store.Save(alice with { UserName = "Bob" }));
        Assert.False(Store.Save(User("u-9", "nobody")));

        var saved = Store.FindByName<StoreUser>(Scope, "ALICIA")!;
        Assert.True(saved.PasswordResetRequired);
        Assert.Null(Store.FindByName<StoreUser>(Scope, "alice"));
        Assert.True(Store.TryAdd(User("u-3", "alice")));
    }

    [Fact]
    public void Should_remove_an_item_once_and_free_its_name()
    {
        Store.TryAdd(User("u-1", "alice"));

        Assert.True(Store.Remove<StoreUser>("u-1"));
        Assert.False(Store.Remove<StoreUser>("u-1"));
        Assert.Null(Store.Find<StoreUser>("u-1"));
        Assert.True(Store.TryAdd(User("u-2", "ALICE")));
    }

    [Fact]
    public void Should_let_the_holder_enter_the_write_scope_again_and_hold_every_other_thread()
    {
        using var entered = new ManualResetEventSlim();
        var outer = Store.EnterWriteScope();
        Store.EnterWriteScope().Dispose(); // the instance lookup inside a mutating call enters again

        var other = new Thread(() =>
        {
            using (Store.EnterWriteScope())
            {
                entered.Set();
            }
        });
        other.Start();

        Assert.False(entered.Wait(300));
        outer.Dispose();
        Assert.True(entered.Wait(TimeSpan.FromSeconds(5)));
        other.Join();
    }

    private static StoreUser User(string id, string name) => new(id, Scope, name);
}
