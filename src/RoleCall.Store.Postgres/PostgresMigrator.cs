using System.Globalization;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts not yet recorded in `rolecall_schema_migrations`, each
/// in its own transaction, while holding a session advisory lock: replicas starting together queue on the
/// lock, and each after the first finds every script already recorded, so the schema migrates exactly once.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>The advisory lock key of migrations ('RCmigrat' as 64 bits); other locks use other keys.</summary>
    public const long LockKey = 0x52434D6967726174;

    private const string Prefix = "RoleCall.Store.Postgres.Migrations.";

    public static void Migrate(PostgresDatabase database)
    {
        using var connection = database.Source.OpenConnection();
        var session = new PgSession(connection, null);
        session.Run("SELECT pg_advisory_lock(@k);", ("k", LockKey));
        try
        {
            session.Run("CREATE TABLE IF NOT EXISTS rolecall_schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now());");
            var applied = session.Rows("SELECT version FROM rolecall_schema_migrations;", r => r.GetInt64(0)).ToHashSet();
            foreach (var (version, name, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
            {
                using var transaction = connection.BeginTransaction();
                var step = new PgSession(connection, transaction);
                step.Run(sql);
                step.Run("INSERT INTO rolecall_schema_migrations (version, name) VALUES (@v, @n);", ("v", version), ("n", name));
                transaction.Commit();
            }
        }
        finally
        {
            session.Run("SELECT pg_advisory_unlock(@k);", ("k", LockKey));
        }
    }

    /// <summary>The embedded scripts in version order.</summary>
    public static IEnumerable<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(PostgresMigrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..];
            var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            yield return (version, name, text.ReadToEnd());
        }
    }
}
