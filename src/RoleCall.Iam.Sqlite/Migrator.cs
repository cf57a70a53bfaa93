using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts not yet recorded in `schema_migrations`, in order,
/// each in its own transaction, so a newer RoleCall upgrades an older data directory in place.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "RoleCall.Iam.Sqlite.Migrations.";

    public static void Migrate(SqliteDatabase database)
    {
        database.Write((connection, transaction) =>
        {
            SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);", transaction);
            return 0;
        });
        var applied = database.Read(connection => Applied(connection));
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version))
            {
                continue;
            }

            database.Write((connection, transaction) =>
            {
                SqliteDatabase.Execute(connection, sql, transaction);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name) VALUES ($v, $n);";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                return record.ExecuteNonQuery();
            });
        }
    }

    private static HashSet<long> Applied(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations;";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<long>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private static IEnumerable<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..];
            var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            yield return (version, name, text.ReadToEnd());
        }
    }
}
