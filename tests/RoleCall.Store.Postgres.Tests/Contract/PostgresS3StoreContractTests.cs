using RoleCall.S3.Store;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IS3Store contract over PostgreSQL: each test on a database of its own; each open is a replica of its own.</summary>
[Collection(SharedServerTests.Name)]
public sealed class PostgresS3StoreContractTests : S3StoreContract
{
    private readonly string url = PostgresServer.Shared.CreateDatabase("s3");

    protected override IS3Store OpenStore() => Stores.OpenS3(url);
}
