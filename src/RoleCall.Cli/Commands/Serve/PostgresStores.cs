using RoleCall.Iam.Sqlite.S3;
using RoleCall.Server;
using RoleCall.Store.Postgres;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// The composition root's PostgreSQL choice for `rolecall serve --store postgresql://...`: IAM and STS, EC2 and
/// Identity Center in the shared database, over one pair of connection pools per replica, so any number of
/// replicas serve one state. The password comes from PGPASSWORD (the captured environment) or ~/.pgpass
/// (Npgsql reads it), the secret-sealing key from the file every replica shares (<see cref="PostgresStoreKey"/>).
/// S3 has no PostgreSQL store yet: each replica keeps it in memory, and the banner says so.
/// </summary>
internal static class PostgresStores
{
    public const string KeyFileVariable = "ROLECALL_STORE_KEY_FILE";

    public static StoreChoice For(string url, IReadOnlyDictionary<string, string> environment)
    {
        var parsed = PostgresStoreUrl.Parse(url);
        var password = environment.TryGetValue("PGPASSWORD", out var p) && p.Length > 0 ? p : null;
        return new StoreChoice($"{parsed.Display} (IAM, STS, EC2 and Identity Center shared; S3 in memory per replica)", () =>
        {
            var key = PostgresStoreKey.LoadOrCreate(KeyFile(environment));
            // The stores lease the backend's pools; this reference is released once they hold theirs.
            using var backend = PostgresBackend.Open(parsed, password);
            var iam = PostgresIamStore.Open(backend, key);
            try
            {
                return new ServiceStores(iam, SqliteS3Store.InMemory(), FileObjectBodies.Temporary(), new PostgresEc2Store(backend), new PostgresIdentityCenterStore(backend));
            }
            catch
            {
                iam.Dispose();
                throw;
            }
        });
    }

    /// <summary>ROLECALL_STORE_KEY_FILE, else `postgres.key` beside the default data directory (~/.rolecall/).</summary>
    private static string KeyFile(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue(KeyFileVariable, out var file) && file.Length > 0 ? file
            : Path.Combine(Path.GetDirectoryName(ServeOptionsBinder.DefaultDataDirectory(environment))!, "postgres.key");
}
