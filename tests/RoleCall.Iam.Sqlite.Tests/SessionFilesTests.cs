using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// The two session files written in turn (<see cref="SessionFiles"/>): once the active file's WAL is due for a
/// rewind, new sessions go to the other file and the first one's WAL is rewound meanwhile (so it starts over
/// instead of growing when its turn comes back); every session stays findable, in either file, across a
/// reopen; the purge reaches both. A small rewind threshold (256 KiB, ~100 sessions) stands in for 64 MiB.
/// </summary>
public sealed class SessionFilesTests : IDisposable
{
    private const long RestartBytes = 256 << 10;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Should_send_new_sessions_to_the_other_file_and_rewind_the_first_one_meanwhile()
    {
        var written = new List<string>();
        using (var main = MigratedMain())
        using (var files = SessionFiles.Open(dir.Path, main, RestartBytes))
        using (var inserts = new GroupCommit<SessionRow>(() => files.Active, SessionDatabase.Insert))
        {
            // A lookup in progress on the first file (there always is one under load) keeps its writer from
            // rewinding the WAL by itself: only the checkpointer's diverted RESTART can, once the reader left.
            var first = files.Active;
            using (var reader = PinnedReader(SessionDatabase.FileName))
            {
                FillUntilActiveIsNot(first, files, inserts, written);
            }

            var second = files.Active;
            var firstWalHighWater = WalBytes(SessionDatabase.FileName);

            // The second file fills in turn; the first, rewound meanwhile, takes the writes again.
            FillUntilActiveIsNot(second, files, inserts, written);
            Assert.Same(first, files.Active);
            var before = written.Count;
            while (written.Count < before + 80)
            {
                Insert(inserts, written);
            }

            // Appended to an unrewound WAL, 80 more sessions (~160 KiB of frames) would have grown it.
            Assert.True(WalBytes(SessionDatabase.FileName) <= firstWalHighWater, $"{SessionDatabase.FileName}-wal grew from {firstWalHighWater} to {WalBytes(SessionDatabase.FileName)} bytes: it was not rewound");
            Assert.True(Count(SessionDatabase.FileName) > 0 && Count(SessionFiles.SecondFileName) > 0);
            Assert.Equal(written.Count, Count(SessionDatabase.FileName) + Count(SessionFiles.SecondFileName));
        }

        using var reopened = SqliteIamStore.Open(dir.Path);
        Assert.DoesNotContain(written, keyId => reopened.FindSession(keyId)?.AccessKeyId != keyId);
        Assert.Null(reopened.FindSession("ASIANEVERISSUED00001"));
    }

    [Fact]
    public void Should_purge_expired_sessions_from_both_files()
    {
        var written = new List<string>();
        using (var main = MigratedMain())
        using (var files = SessionFiles.Open(dir.Path, main, RestartBytes))
        using (var inserts = new GroupCommit<SessionRow>(() => files.Active, SessionDatabase.Insert))
        {
            FillUntilActiveIsNot(files.Active, files, inserts, written);
            Insert(inserts, written);
        }

        using var store = SqliteIamStore.Open(dir.Path);
        Assert.Equal(written.Count, store.DeleteSessionsExpiredBefore(Samples.Time.AddHours(2)));
        Assert.Equal(0L, Count(SessionDatabase.FileName) + Count(SessionFiles.SecondFileName));
        Assert.Null(store.FindSession(written[^1]));
    }

    private SqliteDatabase MigratedMain()
    {
        var main = SqliteDatabase.OpenFile(Path.Combine(dir.Path, SqliteIamStore.FileName));
        Migrator.Migrate(main);
        return main;
    }

    private static void FillUntilActiveIsNot(SqliteDatabase file, SessionFiles files, GroupCommit<SessionRow> inserts, List<string> written)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (files.Active == file)
        {
            Assert.True(DateTime.UtcNow < deadline, "the writes never moved to the other session file");
            Insert(inserts, written);
        }
    }

    private static void Insert(GroupCommit<SessionRow> inserts, List<string> written)
    {
        var keyId = $"ASIA{written.Count:D16}";
        var session = new TemporarySession(keyId, "secret", new string('t', 700),
            new Caller(PrincipalKind.AssumedRole, Samples.Account, $"arn:aws:sts::123456789012:assumed-role/r/{keyId}", $"AROAX:{keyId}", keyId,
                new SessionContext(Samples.Time, Samples.Time.AddHours(1), false, RoleArn: "arn:aws:iam::123456789012:role/r")));
        inserts.Add(SessionRow.Of(session));
        written.Add(keyId);
    }

    private SqliteTransaction PinnedReader(string file)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, file)};Pooling=False");
        connection.Open();
        var read = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = read;
        command.CommandText = "SELECT count(*) FROM sessions;";
        command.ExecuteScalar();
        return read;
    }

    private long WalBytes(string file) => new FileInfo(Path.Combine(dir.Path, file + "-wal")).Length;

    private long Count(string file)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, file)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sessions;";
        return (long)command.ExecuteScalar()!;
    }
}
