using RoleCall.Ec2.Store;
using RoleCall.Iam.Sqlite.Ec2;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IEc2Store contract over the embedded SQLite store (`ec2.db` in a temporary data directory).</summary>
public sealed class SqliteEc2StoreContractTests : Ec2StoreContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("rolecall-ec2-").FullName;

    protected override IEc2Store OpenStore() => SqliteEc2Store.Open(directory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(directory, recursive: true);
    }
}
