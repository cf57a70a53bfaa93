using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// STS sessions in the file store: the rowid layout of migration 3 (an upgraded data directory keeps its
/// sessions) and the key-ID cache in front of the lookup, which must never outlive the purge.
/// </summary>
public sealed class SessionStorageTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

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

    private static string SessionsTableSql(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sessions';";
        return (string)command.ExecuteScalar()!;
    }
}
