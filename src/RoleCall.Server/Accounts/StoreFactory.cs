using RoleCall.Iam.Store;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Accounts;

/// <summary>Opens the IAM store: `DIR/rolecall.db` (created with its directory) or a private in-memory database.</summary>
internal static class StoreFactory
{
    public const string DatabaseFileName = "rolecall.db";

    public static IIamStore Open(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return OpenInMemory();
        }

        try
        {
            Directory.CreateDirectory(dataDirectory);
            return OpenFile(Path.Combine(dataDirectory, DatabaseFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ServerErrors.CannotOpenData(dataDirectory, e);
        }
    }

    private static IIamStore OpenInMemory() => throw new NotSupportedException("waiting for RoleCall.Iam.Sqlite");

    private static IIamStore OpenFile(string path) => throw new NotSupportedException($"waiting for RoleCall.Iam.Sqlite: {path}");
}
