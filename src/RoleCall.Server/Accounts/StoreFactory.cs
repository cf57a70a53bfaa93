using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Store;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Accounts;

/// <summary>Opens the IAM store: `DIR/rolecall.db` (created with its directory) or a private in-memory database.</summary>
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
}
