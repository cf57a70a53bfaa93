using RoleCall.IdentityCenter.Store;
using RoleCall.Iam.Sqlite.IdentityCenter;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IIdentityCenterStore contract over the embedded SQLite store.</summary>
public sealed class SqliteIdentityCenterStoreContractTests : IdentityCenterStoreContract
{
    protected override IIdentityCenterStore Open() => SqliteIdentityCenterStore.InMemory();
}
