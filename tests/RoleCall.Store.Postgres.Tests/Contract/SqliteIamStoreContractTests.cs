using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IIamStore contract over the embedded SQLite store.</summary>
public sealed class SqliteIamStoreContractTests : IamStoreContract
{
    protected override IIamStore Open() => SqliteIamStore.InMemory();
}
