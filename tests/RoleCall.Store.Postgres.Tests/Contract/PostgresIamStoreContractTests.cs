using RoleCall.Iam.Store;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IIamStore contract over PostgreSQL: each test on a database of its own.</summary>
[Collection(SharedServerTests.Name)]
public sealed class PostgresIamStoreContractTests : IamStoreContract
{
    protected override IIamStore Open() => Stores.OpenIam(PostgresServer.Shared.CreateDatabase("contract"));
}
