using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Iam.Sqlite.IdentityCenter;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Server;
using RoleCall.Store.Postgres;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// The composition root's PostgreSQL choice for `rolecall serve --store postgresql://...`: IAM and STS in the
/// shared database, so any number of replicas serve one state. The password comes from PGPASSWORD (the
/// captured environment) or ~/.pgpass (Npgsql reads it), the secret-sealing key from the file every replica
/// shares (<see cref="PostgresStoreKey"/>). S3, EC2 and Identity Center have no PostgreSQL store yet: each
/// replica keeps them in memory, and the banner says so.
/// </summary>
internal static class PostgresStores
{
    public const string KeyFileVariable = "ROLECALL_STORE_KEY_FILE";

    public static StoreChoice For(string url, IReadOnlyDictionary<string, string> environment)
    {
        var parsed = PostgresStoreUrl.Parse(url);
        var password = environment.TryGetValue("PGPASSWORD", out var p) && p.Length > 0 ? p : null;
        return new StoreChoice($"{parsed.Display} (IAM and STS shared; S3, EC2 and Identity Center in memory per replica)", () =>
        {
            var iam = PostgresIamStore.Open(parsed, password, PostgresStoreKey.LoadOrCreate(KeyFile(environment)));
            return new ServiceStores(iam, SqliteS3Store.InMemory(), FileObjectBodies.Temporary(), SqliteEc2Store.InMemory(), SqliteIdentityCenterStore.InMemory());
        });
    }

    /// <summary>ROLECALL_STORE_KEY_FILE, else `postgres.key` beside the default data directory (~/.rolecall/).</summary>
    private static string KeyFile(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue(KeyFileVariable, out var file) && file.Length > 0 ? file
            : Path.Combine(Path.GetDirectoryName(ServeOptionsBinder.DefaultDataDirectory(environment))!, "postgres.key");
}
