using RoleCall.Ec2.Store;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Iam.Store;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Accounts;

/// <summary>Opens the stores: `DIR/rolecall.db` and `DIR/ec2.db` (created with their directory) or private in-memory databases.</summary>
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
