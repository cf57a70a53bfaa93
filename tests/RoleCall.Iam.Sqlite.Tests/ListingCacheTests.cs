using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// Listing pages are reused until an entity changes: through this store (add, save, delete) or through any
/// other connection to the same database file, such as another process.
/// </summary>
public sealed class ListingCacheTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Should_reuse_an_unchanged_page_and_keep_pages_of_other_requests_apart()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.TryAddEntity(Samples.Role("a"));
        store.TryAddEntity(Samples.Role("b"));
        store.TryAddEntity(Samples.User("u"));

        var first = List(store);

        Assert.Same(first, List(store));
        Assert.Equal(["a"], Names(store.ListEntities(Samples.Account, EntityKind.Role, "/", new PageRequest(null, 1))));
        Assert.Equal(["b"], Names(store.ListEntities(Samples.Account, EntityKind.Role, "/", new PageRequest("a", 1))));
        Assert.Empty(store.ListEntities(Samples.Account, EntityKind.Role, "/other/", PageRequest.All).Items);
        Assert.Equal(["u"], Names(store.ListEntities(Samples.Account, EntityKind.User, "/", PageRequest.All)));
        Assert.Same(first, List(store));
    }

    [Fact]
    public void Should_list_what_this_store_added_saved_and_deleted_at_once()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var role = Samples.Role("a");
        store.TryAddEntity(role);
        Assert.Equal(["a"], Names(List(store)));

        store.TryAddEntity(Samples.Role("b"));
        Assert.Equal(["a", "b"], Names(List(store)));

        store.SaveEntity(role with { Description = "saved" });
        Assert.Equal("saved", ((IamRole)List(store).Items[0]).Description);

        store.DeleteEntity(role.Id);
        Assert.Equal(["b"], Names(List(store)));
    }

    [Fact]
    public void Should_list_what_another_store_on_the_same_file_wrote_at_once()
    {
        using var reader = SqliteIamStore.Open(dir.Path);
        using var writer = SqliteIamStore.Open(dir.Path);
        var role = Samples.Role("a");
        writer.TryAddEntity(role);
        Assert.Equal(["a"], Names(List(reader)));
        Assert.Same(List(reader), List(reader));

        writer.TryAddEntity(Samples.Role("b"));
        Assert.Equal(["a", "b"], Names(List(reader)));

        writer.SaveEntity(role with { Description = "from elsewhere" });
        Assert.Equal("from elsewhere", ((IamRole)List(reader).Items[0]).Description);

        writer.DeleteEntity(role.Id);
        Assert.Equal(["b"], Names(List(reader)));
    }

    [Fact]
    public void Should_list_changes_made_while_several_sessions_read_concurrently()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        for (var i = 0; i < 20; i++)
        {
            store.TryAddEntity(Samples.Role($"r{i:D2}"));
            var counts = new int[8];
            Parallel.For(0, counts.Length, j => counts[j] = List(store).Items.Count);
            Assert.All(counts, c => Assert.Equal(i + 1, c));
        }
    }

    private static Page<IamEntity> List(SqliteIamStore store) => store.ListEntities(Samples.Account, EntityKind.Role, "/", PageRequest.All);

    private static string[] Names(Page<IamEntity> page) => [.. page.Items.Select(e => e.Name)];
}
