using RoleCall.Core.Errors;
using RoleCall.Server;
using RoleCall.Store.Postgres;
using RoleCall.Store.Postgres.S3;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// The composition root's PostgreSQL choice for `rolecall serve --store postgresql://...`: IAM and STS, S3's
/// metadata, EC2 and Identity Center in the shared database, over one pair of connection pools per replica, so
/// any number of replicas serve one state; S3's object bodies in `DATA/s3-objects`, a directory every replica
/// mounts (`--data DATA`, default ~/.rolecall/data). The password comes from PGPASSWORD (the captured
/// environment) or ~/.pgpass (Npgsql reads it), the secret-sealing key from the file every replica shares
/// (<see cref="PostgresStoreKey"/>).
/// </summary>
internal static class PostgresStores
{
    public const string KeyFileVariable = "ROLECALL_STORE_KEY_FILE";

    /// <param name="url">The `--store` URL.</param>
    /// <param name="environment">The captured environment (PGPASSWORD, the key file, HOME).</param>
    /// <param name="dataDirectory">`--data`: where the shared S3 body directory is (`s3-objects` in it); null for the default data directory.</param>
    public static StoreChoice For(string url, IReadOnlyDictionary<string, string> environment, string? dataDirectory = null)
    {
        var parsed = PostgresStoreUrl.Parse(url);
        var password = environment.TryGetValue("PGPASSWORD", out var p) && p.Length > 0 ? p : null;
        // The default data directory needs HOME, looked up when the stores open (binding options never fails on it).
        var shown = dataDirectory is null ? "~/.rolecall/data/s3-objects" : Path.Combine(dataDirectory, "s3-objects");
        return new StoreChoice($"{parsed.Display} (shared; S3 object bodies in {shown})", () =>
        {
            var bodyDirectory = Path.Combine(dataDirectory ?? ServeOptionsBinder.DefaultDataDirectory(environment), "s3-objects");
            var key = PostgresStoreKey.LoadOrCreate(KeyFile(environment));
            // The stores lease the backend's pools; this reference is released once they hold theirs.
            using var backend = PostgresBackend.Open(parsed, password);
            var opened = new List<IDisposable>();
            try
            {
                var iam = Keep(opened, PostgresIamStore.Open(backend, key));
                var s3 = Keep(opened, new PostgresS3Store(backend));
                var bodies = Keep(opened, OpenBodies(s3, bodyDirectory));
                return new ServiceStores(iam, s3, bodies, Keep(opened, new PostgresEc2Store(backend)), new PostgresIdentityCenterStore(backend));
            }
            catch
            {
                opened.Reverse();
                opened.ForEach(d => d.Dispose());
                throw;
            }
        });
    }

    private static SharedBodyDirectory OpenBodies(PostgresS3Store s3, string directory)
    {
        try
        {
            return s3.OpenBodies(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"serve: cannot use the S3 body directory {directory}: {SystemFailureText.Of(e)}",
                "check that it exists and is writable by every replica, or name another with --data DIR", e);
        }
    }

    private static T Keep<T>(List<IDisposable> opened, T store)
        where T : IDisposable
    {
        opened.Add(store);
        return store;
    }

    /// <summary>ROLECALL_STORE_KEY_FILE, else `postgres.key` beside the default data directory (~/.rolecall/).</summary>
    private static string KeyFile(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue(KeyFileVariable, out var file) && file.Length > 0 ? file
            : Path.Combine(Path.GetDirectoryName(ServeOptionsBinder.DefaultDataDirectory(environment))!, "postgres.key");
}
