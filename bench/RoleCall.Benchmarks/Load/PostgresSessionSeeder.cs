using System.Globalization;
using Npgsql;
using RoleCall.Store.Postgres;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// Fills a PostgreSQL database for `rolecall serve --store URL` as <see cref="SessionSeeder"/> fills a data
/// directory: the account, load-user, the roles and the first <see cref="Issued"/> sessions through the real
/// IAM/STS handlers and store (sealed with the replicas' key file). The rest of the SESSIONS rows are copies of
/// those, each under a key ID of its own (`ASIA` + 16 hex digits) in one INSERT ... SELECT, since a million
/// AssumeRole calls would take many minutes: a copy keeps its original's sealed secret and token, so each is a
/// valid session a request can be signed with, and a lookup by a random key ID does what it does for an issued
/// one (an index probe, a JSON record, two AES-GCM opens). Every session's `KEY SECRET TOKEN` goes to SESSIONS_FILE.
/// </summary>
internal static class PostgresSessionSeeder
{
    public const int Issued = 10_000;

    public static void Run(string url, string keyFile, string rootKey, string rootSecret, int sessions, int roles, string sessionsFile, string userFile)
    {
        var issued = Math.Min(sessions, Issued);
        using (var store = PostgresIamStore.Open(PostgresStoreUrl.Parse(url), password: null, PostgresStoreKey.LoadOrCreate(keyFile)))
        {
            SessionSeeder.Run(store, rootKey, rootSecret, issued, roles, sessionsFile, userFile);
        }

        if (sessions > issued)
        {
            Copy(url, sessionsFile, issued, sessions);
        }
    }

    private static void Copy(string url, string sessionsFile, int issued, int sessions)
    {
        // Originals in key-ID order (byte order on both sides), copy g of original g % issued.
        var originals = File.ReadAllLines(sessionsFile).Select(l => l.Split(' ')).OrderBy(p => p[0], StringComparer.Ordinal).ToList();
        var parsed = new Uri(url);
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host,
            Port = parsed.Port,
            Username = parsed.UserInfo,
            Database = parsed.AbsolutePath.TrimStart('/'),
            CommandTimeout = 0,
        }.ConnectionString);
        connection.Open();
        using (var command = new NpgsqlCommand("""
            WITH orig AS (SELECT access_key_id, expiration, data, row_number() OVER (ORDER BY access_key_id COLLATE "C") - 1 AS i FROM iam_sessions),
                 gen AS (SELECT g, 'ASIA' || upper(lpad(to_hex(g), 16, '0')) AS id FROM generate_series(@from, @to - 1) AS g)
            INSERT INTO iam_sessions (access_key_id, expiration, data)
            SELECT gen.id, orig.expiration, replace(orig.data, orig.access_key_id, gen.id) FROM gen JOIN orig ON orig.i = gen.g % @k;
            """, connection))
        {
            command.Parameters.AddWithValue("from", (long)issued);
            command.Parameters.AddWithValue("to", (long)sessions);
            command.Parameters.AddWithValue("k", (long)issued);
            command.ExecuteNonQuery();
        }

        // Settle the table as a running database's would be: VACUUM sets the hint bits and the visibility map that
        // the first read of each fresh row would otherwise set (dirtying its page), and keeps autovacuum from
        // doing the same during the measurement; CHECKPOINT writes those pages out before it starts.
        foreach (var settle in new[] { "VACUUM (ANALYZE) iam_sessions;", "CHECKPOINT;" })
        {
            using var command = new NpgsqlCommand(settle, connection);
            command.ExecuteNonQuery();
        }

        using var output = new StreamWriter(sessionsFile, append: true);
        for (long g = issued; g < sessions; g++)
        {
            var original = originals[(int)(g % issued)];
            output.Write("ASIA");
            output.Write(g.ToString("X16", CultureInfo.InvariantCulture));
            output.Write(' ');
            output.Write(original[1]);
            output.Write(' ');
            output.WriteLine(original[2]);
        }

        Console.Error.WriteLine($"seed: {sessions - issued} sessions copied from the {issued} issued");
    }
}
