using RoleCall.Iam.Sqlite.IdentityCenter;
using RoleCall.IdentityCenter.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// SqliteIdentityCenterStore caches Find, FindByName and List until its next write: each test reads first (so
/// the answer is cached), writes, and reads again, which must show the write. Without the invalidation every
/// one of them would get the cached answer from before the write.
/// </summary>
public sealed class IdentityCenterReadCacheTests : IDisposable
{
    private const string Store = "d-1234567890";

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Should_find_the_saved_record_after_a_save()
    {
        using var store = SqliteIdentityCenterStore.Open(dir.Path);
        store.TryAdd(new StoreUser("u-1", Store, "alice"));
        Assert.Null(store.Find<StoreUser>("u-1")!.DisplayName);

        store.Save(new StoreUser("u-1", Store, "alice") { DisplayName = "Alice" });

        Assert.Equal("Alice", store.Find<StoreUser>("u-1")!.DisplayName);
    }

    [Fact]
    public void Should_list_an_item_added_after_the_list_was_read()
    {
        using var store = SqliteIdentityCenterStore.Open(dir.Path);
        store.TryAdd(new GroupMembership("m-1", Store, "g-1", "u-1"));
        Assert.Single(store.List<GroupMembership>(Store));

        store.TryAdd(new GroupMembership("m-2", Store, "g-2", "u-1"));

        Assert.Equal(["m-1", "m-2"], store.List<GroupMembership>(Store).Select(m => m.Id));
    }

    [Fact]
    public void Should_find_nothing_after_a_remove_and_find_an_item_added_after_a_miss()
    {
        using var store = SqliteIdentityCenterStore.Open(dir.Path);
        store.TryAdd(new StoreUser("u-1", Store, "alice"));
        Assert.NotNull(store.Find<StoreUser>("u-1"));
        Assert.Null(store.Find<StoreUser>("u-2"));

        store.Remove<StoreUser>("u-1");
        store.TryAdd(new StoreUser("u-2", Store, "bob"));

        Assert.Null(store.Find<StoreUser>("u-1"));
        Assert.NotNull(store.Find<StoreUser>("u-2"));
    }

    [Fact]
    public void Should_follow_a_rename_in_lookups_by_name()
    {
        using var store = SqliteIdentityCenterStore.Open(dir.Path);
        store.TryAdd(new StoreUser("u-1", Store, "alice"));
        Assert.NotNull(store.FindByName<StoreUser>(Store, "alice"));
        Assert.Null(store.FindByName<StoreUser>(Store, "alicia"));

        store.Save(new StoreUser("u-1", Store, "alicia"));

        Assert.Null(store.FindByName<StoreUser>(Store, "alice"));
        Assert.Equal("u-1", store.FindByName<StoreUser>(Store, "alicia")!.Id);
    }

    [Fact]
    public void Should_not_let_a_caller_change_a_cached_list()
    {
        using var store = SqliteIdentityCenterStore.Open(dir.Path);
        store.TryAdd(new GroupMembership("m-1", Store, "g-1", "u-1"));

        var list = store.List<GroupMembership>(Store);

        Assert.False(list is List<GroupMembership>);
        Assert.Same(list, store.List<GroupMembership>(Store));
    }
}
