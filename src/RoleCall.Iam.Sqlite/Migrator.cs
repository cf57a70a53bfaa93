namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts not yet recorded in `schema_migrations`, in order,
/// each in its own transaction, so a newer RoleCall upgrades an older data directory in place.
/// </summary>
internal static class Migrator
{
    private const string IamPrefix = "RoleCall.Iam.Sqlite.Migrations.";

    /// <summary>Migrates with the IAM scripts; <paramref name="prefix"/> names another store's scripts (EC2's own file).</summary>
    public static void Migrate(SqliteDatabase database, string prefix = IamPrefix)
    {
        database.Write(session =>
        {
            session.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);");
            return 0;
        });
        var applied = database.Read(session => session.Rows("SELECT version FROM schema_migrations;", r => r.GetInt64(0)).ToHashSet());
        foreach (var (version, name, sql) in Scripts(prefix))
        {
            if (applied.Contains(version))
            {
                continue;
            }

            database.Write(session =>
            {
                session.Execute(sql);
                return session.Run("INSERT INTO schema_migrations (version, name) VALUES ($v, $n);", ("$v", version), ("$n", name));
            });
        }
    }

    private static IEnumerable<(long Version, string Name, string Sql)> Scripts(string prefix)
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            yield return (version, name, text.ReadToEnd());
        }
    }
}
