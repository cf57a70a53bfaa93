using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>The store on disk: restart, crash safety, WAL, migrations, concurrency.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Should_keep_state_across_a_restart()
    {
        using (var store = SqliteIamStore.Open(dir.Path))
        {
            store.TryAddAccount(new IamAccount(Samples.Account, Samples.Time));
            store.TryAddEntity(Samples.Role("kept"));
        }

        using var reopened = SqliteIamStore.Open(dir.Path);

        Assert.NotNull(reopened.FindAccount(Samples.Account));
        Assert.Equal("kept", reopened.FindEntity(Samples.Account, EntityKind.Role, "kept")!.Name);
    }

    [Fact]
    public void Should_make_a_write_visible_to_a_new_process_view_before_any_clean_shutdown()
    {
        // A second, independent store on the same file stands in for the process that restarts after a crash:
        // the first is never disposed or checkpointed, so only what Commit made durable in the WAL is there.
        var crashed = SqliteIamStore.Open(dir.Path);
        crashed.TryAddEntity(Samples.User("acknowledged"));

        using var restarted = SqliteIamStore.Open(dir.Path);

        Assert.NotNull(restarted.FindEntity(Samples.Account, EntityKind.User, "acknowledged"));
        Assert.True(File.Exists(Path.Combine(dir.Path, "rolecall.db-wal")));
        crashed.Dispose();
    }

    [Fact]
    public void Should_use_WAL_and_record_applied_migrations_once()
    {
        using (SqliteIamStore.Open(dir.Path))
        {
        }

        using var again = SqliteIamStore.Open(dir.Path);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SqliteIamStore.FileName)}");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode;";
        using var migrations = connection.CreateCommand();
        migrations.CommandText = "SELECT group_concat(version, ',') FROM (SELECT version FROM schema_migrations ORDER BY version);";

        Assert.Equal("wal", mode.ExecuteScalar());
        Assert.Equal("1,2,3,4", migrations.ExecuteScalar());
    }

    [Fact]
    public void Should_stay_consistent_under_concurrent_writers_and_readers()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var errors = 0;

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                if (i % 2 == 0)
                {
                    store.TryAddEntity(Samples.User($"user{i:D4}", id: $"AIDA{i:D17}"));
                }
                else
                {
                    store.ListEntities(Samples.Account, EntityKind.User, "/", new PageRequest(null, 50));
                    store.FindEntity(Samples.Account, EntityKind.User, $"user{i - 1:D4}");
                }
            }
            catch (SqliteException)
            {
                Interlocked.Increment(ref errors);
            }
        });

        Assert.Equal(0, errors);
        Assert.Equal(200, store.ListEntities(Samples.Account, EntityKind.User, "/", PageRequest.All).Items.Count);
    }

    [Fact]
    public void Should_let_only_one_of_many_concurrent_callers_use_an_MFA_step()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.TryAddMfaDevice(new MfaDevice("arn:aws:iam::123456789012:mfa/d", Samples.Account, "d", "/", "SEED", Samples.Time));

        var winners = Enumerable.Range(0, 16).AsParallel().Count(_ => store.TryUseMfaStep("arn:aws:iam::123456789012:mfa/d", 42));

        Assert.Equal(1, winners);
    }

    [Fact]
    public void Should_store_every_session_added_concurrently_and_refuse_a_duplicate_key_only_to_its_caller()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var caller = new Caller(PrincipalKind.AssumedRole, Samples.Account, "arn:aws:sts::123456789012:assumed-role/r/s", "AROAX:s", "x",
            new SessionContext(Samples.Time, Samples.Time.AddHours(1), false));
        TemporarySession Session(int i) => new($"ASIA{i:D16}", "secret", "token", caller with { AccessKeyId = $"ASIA{i:D16}" });

        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => store.AddSession(Session(i)));
        var duplicate = Record.Exception(() => store.AddSession(Session(7)));

        Assert.All(Enumerable.Range(0, 500), i => Assert.NotNull(store.FindSession($"ASIA{i:D16}")));
        Assert.IsType<SqliteException>(duplicate);
    }
}
