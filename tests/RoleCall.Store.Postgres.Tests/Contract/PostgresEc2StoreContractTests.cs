using RoleCall.Ec2.Store;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IEc2Store contract over PostgreSQL: each test on a database of its own; each open is a replica of its own.</summary>
[Collection(SharedServerTests.Name)]
public sealed class PostgresEc2StoreContractTests : Ec2StoreContract
{
    private readonly string url = PostgresServer.Shared.CreateDatabase("ec2");

    protected override IEc2Store OpenStore() => Stores.OpenEc2(url);
}
