using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// STS sessions in the file store: their own file `sessions.db` (an upgraded data directory keeps the
/// sessions it had in the main file), durable once acknowledged, and the key-ID cache in front of the
/// lookup, which must never outlive the purge.
/// </summary>
public sealed class SessionStorageTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly TempDirectory snapshot = new();

    public void Dispose()
    {
        dir.Dispose();
        snapshot.Dispose();
    }

    [Fact]
    public void Should_keep_the_sessions_of_a_data_directory_written_before_the_rowid_layout()
    {
        var path = Path.Combine(dir.Path, SqliteIamStore.FileName);
        var old = Session("ASIAOLDLAYOUT0000001", Samples.Time.AddHours(1));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);");
            Execute(connection, Migration("0001_initial.sql") + Migration("0002_entity_versions.sql"));
            Execute(connection, "INSERT INTO schema_migrations VALUES (1, '0001_initial.sql'), (2, '0002_entity_versions.sql');");
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO sessions (access_key_id, expiration, data) VALUES ($id, $e, $d);";
            insert.Parameters.AddWithValue("$id", old.AccessKeyId);
            insert.Parameters.AddWithValue("$e", old.Expiration.ToUnixTimeSeconds());
            insert.Parameters.AddWithValue("$d", Sql.Serialize(old));
            insert.ExecuteNonQuery();
        }

        using var store = SqliteIamStore.Open(dir.Path);
        store.AddSession(Session("ASIANEWLAYOUT0000001", Samples.Time.AddHours(1)));

        Assert.Equal(old.Caller.Arn, store.FindSession(old.AccessKeyId)?.Caller.Arn);
        Assert.NotNull(store.FindSession("ASIANEWLAYOUT0000001"));
        Assert.DoesNotContain("WITHOUT ROWID", SessionsTableSql(path), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0L, CountSessions(path));
        Assert.Equal(2L, CountSessions(Path.Combine(dir.Path, SessionDatabase.FileName)));
    }

    [Fact]
    public async Task Should_lose_no_acknowledged_session_when_the_process_dies_mid_load()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var keyId = $"ASIA{w}{i:D15}";
                store.AddSession(Session(keyId, Samples.Time.AddHours(1)));
                acknowledged.Enqueue(keyId);
            }
        })).ToList();
        SpinWait.SpinUntil(() => acknowledged.Count >= 2000, TimeSpan.FromSeconds(30));

        // What kill -9 leaves: the files as the OS holds them at one instant. Copied one after the other (WAL
        // first) they are such an instant only while nothing rewinds the WAL in between: an open read
        // transaction pins it (a checkpoint then copies only frames the copied WAL also holds).
        var before = acknowledged.ToList();
        using (var pin = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SessionDatabase.FileName)};Pooling=False"))
        {
            pin.Open();
            using var read = pin.BeginTransaction(deferred: true);
            using (var count = pin.CreateCommand())
            {
                count.Transaction = read;
                count.CommandText = "SELECT count(*) FROM sessions;";
                count.ExecuteScalar();
            }

            foreach (var suffix in new[] { "-wal", "" })
            {
                var source = Path.Combine(dir.Path, SessionDatabase.FileName + suffix);
                using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var output = File.Create(Path.Combine(snapshot.Path, SessionDatabase.FileName + suffix));
                await input.CopyToAsync(output);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers);

        // The key that seals the sessions' secrets belongs to the directory as much as the databases do.
        File.Copy(Path.Combine(dir.Path, "rolecall.key"), Path.Combine(snapshot.Path, "rolecall.key"));
        using var restarted = SqliteIamStore.Open(snapshot.Path);
        Assert.True(before.Count >= 2000, $"only {before.Count} sessions before the snapshot");
        Assert.DoesNotContain(before, keyId => restarted.FindSession(keyId) is null);
    }

    [Fact]
    public void Should_forget_a_looked_up_session_once_the_purge_deleted_it_and_keep_the_live_one()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.AddSession(Session("ASIAEXPIRESSOON00001", Samples.Time.AddMinutes(15)));
        store.AddSession(Session("ASIAEXPIRESLATER0001", Samples.Time.AddHours(12)));
        Assert.NotNull(store.FindSession("ASIAEXPIRESSOON00001"));
        Assert.NotNull(store.FindSession("ASIAEXPIRESLATER0001"));

        Assert.Equal(1, store.DeleteSessionsExpiredBefore(Samples.Time.AddHours(1)));

        Assert.Null(store.FindSession("ASIAEXPIRESSOON00001"));
        Assert.Same(store.FindSession("ASIAEXPIRESLATER0001"), store.FindSession("ASIAEXPIRESLATER0001"));
    }

    [Fact]
    public void Should_find_no_session_for_an_unknown_key_after_others_were_cached()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.AddSession(Session("ASIAKNOWN00000000001", Samples.Time.AddHours(1)));
        Assert.NotNull(store.FindSession("ASIAKNOWN00000000001"));

        Assert.Null(store.FindSession("ASIAUNKNOWN000000001"));
    }

    private static TemporarySession Session(string keyId, DateTimeOffset expiration) => new(keyId, "secret", "token",
        new Caller(PrincipalKind.AssumedRole, Samples.Account, $"arn:aws:sts::123456789012:assumed-role/r/{keyId}", $"AROAX:{keyId}", keyId,
            new SessionContext(Samples.Time, expiration, false, RoleArn: "arn:aws:iam::123456789012:role/r")));

    private static string Migration(string name)
    {
        using var stream = typeof(SqliteIamStore).Assembly.GetManifestResourceStream("RoleCall.Iam.Sqlite.Migrations." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long CountSessions(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sessions;";
        return (long)command.ExecuteScalar()!;
    }

    private static string SessionsTableSql(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sessions';";
        return (string)command.ExecuteScalar()!;
    }
}
