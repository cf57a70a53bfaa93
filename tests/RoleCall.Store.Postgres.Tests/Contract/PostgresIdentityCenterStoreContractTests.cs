using RoleCall.IdentityCenter.Store;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IIdentityCenterStore contract over PostgreSQL: each test on a database of its own.</summary>
[Collection(SharedServerTests.Name)]
public sealed class PostgresIdentityCenterStoreContractTests : IdentityCenterStoreContract
{
    protected override IIdentityCenterStore Open() => Stores.OpenIdentityCenter(PostgresServer.Shared.CreateDatabase("ic"));
}
