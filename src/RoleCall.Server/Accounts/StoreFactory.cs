using RoleCall.Ec2.Store;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Iam.Store;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Accounts;

/// <summary>
/// Opens the stores: IAM's `DIR/rolecall.db`, EC2's `DIR/ec2.db`, S3's `DIR/s3.db` with object bodies under `DIR/s3-objects/`
/// (created with their directory); or private in-memory databases, with S3 bodies in a temporary directory
/// removed at exit (bodies never go into memory whole).
/// </summary>
internal static class StoreFactory
{
    public static IIamStore Open(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return SqliteIamStore.InMemory();
        }

        try
        {
            return SqliteIamStore.Open(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw ServerErrors.CannotOpenData(dataDirectory, e);
        }
    }

    public static (SqliteS3Store Store, FileObjectBodies Bodies) OpenS3(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return (SqliteS3Store.InMemory(), FileObjectBodies.Temporary());
        }

        try
        {
            return (SqliteS3Store.Open(dataDirectory), new FileObjectBodies(Path.Combine(dataDirectory, "s3-objects")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw ServerErrors.CannotOpenData(dataDirectory, e);
        }
    }

    public static IEc2Store OpenEc2(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return SqliteEc2Store.InMemory();
        }

        try
        {
            return SqliteEc2Store.Open(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw ServerErrors.CannotOpenData(dataDirectory, e);
        }
    }
}
