using RoleCall.IdentityCenter.Model;

namespace RoleCall.IdentityCenter.Store;

/// <summary>
/// The persistence port of Identity Center (SQLite in RoleCall.Iam.Sqlite, PostgreSQL in RoleCall.Store.Postgres). Contract: every method is atomic
/// and thread-safe; <see cref="TryAdd{T}"/> refuses an ID already used by its kind and a
/// <see cref="IcItem.UniqueName"/> already used within the same kind and scope, compared case-insensitively;
/// <see cref="List{T}"/> returns a scope's items of one kind ordered by ID (ordinal), so paging is stable.
/// </summary>
public interface IIdentityCenterStore
{
    /// <summary>
    /// Serializes the caller's check-then-act sequence (a uniqueness or last-assignment check, a one-time code's
    /// redemption, the instance's creation) with every other caller's, in this process and in every process
    /// sharing the store (PostgreSQL: an advisory lock), until disposed.
    /// </summary>
    IDisposable EnterWriteScope();

    bool TryAdd<T>(T item) where T : IcItem;

    T? Find<T>(string id) where T : IcItem;

    /// <summary>The item of kind T with this unique name in this scope, or null.</summary>
    T? FindByName<T>(string scope, string uniqueName) where T : IcItem;

    IReadOnlyList<T> List<T>(string scope) where T : IcItem;

    /// <summary>Replaces the item with the same ID; false when the new unique name is taken by another item.</summary>
    bool Save<T>(T item) where T : IcItem;

    bool Remove<T>(string id) where T : IcItem;
}
