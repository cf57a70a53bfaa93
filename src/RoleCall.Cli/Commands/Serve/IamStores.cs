using Microsoft.Data.Sqlite;
using RoleCall.Core.Errors;
using RoleCall.Iam.Sqlite;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// The composition root's choice of IAM store for `rolecall serve` (and the quickstart and tests that start a
/// server): SQLite in a data directory (`DIR/rolecall.db`, created with its directory) or a private in-memory
/// SQLite database. This is the only place that picks the store implementation.
/// </summary>
internal static class IamStores
{
    public static StoreChoice InMemory() => new("in memory", SqliteIamStore.InMemory);

    public static StoreChoice In(string dataDirectory) => new(dataDirectory, () => Open(dataDirectory));

    private static SqliteIamStore Open(string dataDirectory)
    {
        try
        {
            return SqliteIamStore.Open(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw CannotOpen(dataDirectory, e);
        }
    }

    private static ConfigurationException CannotOpen(string directory, Exception inner) =>
        new($"serve: cannot open the data directory {directory}: {inner.Message}", "check that it exists and is writable, or use --in-memory", inner);
}
