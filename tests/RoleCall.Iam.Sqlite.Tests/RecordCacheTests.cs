using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>Entity records are reused by (id, row version): repeated reads share one object, an update is seen at once.</summary>
public sealed class RecordCacheTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Should_reuse_the_record_of_an_unchanged_row_across_lookups_and_listings()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.TryAddEntity(Samples.Role("app"));

        var first = store.FindEntity(Samples.Account, EntityKind.Role, "app");
        var listed = store.ListEntities(Samples.Account, EntityKind.Role, "/", PageRequest.All).Items.Single();

        Assert.Same(first, listed);
        Assert.Same(first, store.FindEntityById(first!.Id));
    }

    [Fact]
    public void Should_return_the_updated_record_after_every_save_even_when_the_json_returns_to_an_earlier_value()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var role = Samples.Role("app");
        store.TryAddEntity(role);
        Assert.Equal(role.Description, ((IamRole)store.FindEntityById(role.Id)!).Description);

        store.SaveEntity(role with { Description = "changed" });
        Assert.Equal("changed", ((IamRole)store.ListEntities(Samples.Account, EntityKind.Role, "/", PageRequest.All).Items.Single()).Description);

        store.SaveEntity(role);
        Assert.Equal(role.Description, ((IamRole)store.FindEntity(Samples.Account, EntityKind.Role, "app")!).Description);
    }

    [Fact]
    public void Should_see_an_update_written_by_another_store_on_the_same_data_directory()
    {
        using var reader = SqliteIamStore.Open(dir.Path);
        using var writer = SqliteIamStore.Open(dir.Path);
        var role = Samples.Role("app");
        writer.TryAddEntity(role);
        Assert.Equal(role.Description, ((IamRole)reader.FindEntityById(role.Id)!).Description);

        writer.SaveEntity(role with { Description = "from elsewhere" });

        Assert.Equal("from elsewhere", ((IamRole)reader.FindEntityById(role.Id)!).Description);
    }
}
