using Microsoft.Data.Sqlite;
using RoleCall.Core.Errors;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Iam.Sqlite.IdentityCenter;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// The composition root's choice of stores for `rolecall serve` (and the quickstart and tests that start a
/// server): SQLite files in a data directory (`DIR/rolecall.db`, `DIR/s3.db` with object bodies under
/// `DIR/s3-objects/`, `DIR/ec2.db`, `DIR/identitycenter.db`, created with the directory), or private in-memory SQLite databases with S3 bodies in
/// a temporary directory removed at exit. This is the only place that picks the store implementations.
/// </summary>
internal static class SqliteStores
{
    public static StoreChoice InMemory() => new("in memory", () =>
        new ServiceStores(SqliteIamStore.InMemory(), SqliteS3Store.InMemory(), FileObjectBodies.Temporary(), SqliteEc2Store.InMemory(), SqliteIdentityCenterStore.InMemory()));

    public static StoreChoice In(string dataDirectory) => new(dataDirectory, () => Open(dataDirectory));

    private static ServiceStores Open(string dataDirectory)
    {
        var opened = new List<IDisposable>();
        try
        {
            var iam = Keep(opened, SqliteIamStore.Open(dataDirectory));
            var s3 = Keep(opened, SqliteS3Store.Open(dataDirectory));
            var bodies = Keep(opened, new FileObjectBodies(Path.Combine(dataDirectory, "s3-objects")));
            bodies.RemoveUnreferenced(s3.ReferencedBodies());
            var ec2 = Keep(opened, SqliteEc2Store.Open(dataDirectory));
            var identityCenter = Keep(opened, SqliteIdentityCenterStore.Open(dataDirectory));
            return new ServiceStores(iam, s3, bodies, ec2, identityCenter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            // Nothing stays open when one store cannot be opened.
            opened.ForEach(d => d.Dispose());
            throw CannotOpen(dataDirectory, e);
        }
    }

    private static T Keep<T>(List<IDisposable> opened, T store)
        where T : IDisposable
    {
        opened.Add(store);
        return store;
    }

    private static ConfigurationException CannotOpen(string directory, Exception inner) =>
        new($"serve: cannot open the data directory {directory}: {SystemFailureText.Of(inner)}", "check that it exists and is writable, or use --in-memory", inner);
}
