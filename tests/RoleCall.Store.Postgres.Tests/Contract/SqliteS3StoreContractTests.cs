using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The IS3Store contract over the embedded SQLite store (`s3.db` in a temporary data directory; each open a store of its own over it).</summary>
public sealed class SqliteS3StoreContractTests : S3StoreContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("rolecall-s3-").FullName;

    protected override IS3Store OpenStore() => SqliteS3Store.Open(directory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(directory, recursive: true);
    }
}
