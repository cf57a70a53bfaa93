using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// The group commit behind AddSession and EnqueueSession on a file store (<see cref="GroupCommit{T}"/>): a
/// batch is flushed — committed — before any of its callers returns or its queued task completes, so a session is visible to another connection (another
/// process, a restarted server) the moment AddSession returns, and one rejected row fails only its own
/// caller. The kill -9 case is
/// SessionStorageTests.Should_lose_no_acknowledged_session_when_the_process_dies_mid_load.
/// </summary>
public sealed class SessionGroupCommitTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Should_show_each_session_to_another_connection_as_soon_as_AddSession_returns()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            using var other = Connection();
            for (var i = 0; i < 150; i++)
            {
                var keyId = $"ASIA{w}{i:D15}";
                store.AddSession(Session(keyId));
                Assert.Equal(1L, CountKey(other, keyId));
            }
        }));

        await Task.WhenAll(writers);
    }

    [Fact]
    public async Task Should_fail_only_the_caller_whose_session_the_database_rejects()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.AddSession(Session("ASIADUPLICATE0000001"));

        // 16 callers released at once, so the writer sees several of them (and the duplicate) in one batch.
        using var start = new Barrier(16);
        var calls = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            store.AddSession(Session(i == 7 ? "ASIADUPLICATE0000001" : $"ASIAFINE{i:D12}"));
        })).ToList();

        var failure = await Assert.ThrowsAsync<SqliteException>(() => calls[7]);
        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        await Task.WhenAll(calls.Where((_, i) => i != 7));
        using var other = Connection();
        Assert.All(Enumerable.Range(0, 16).Where(i => i != 7), i => Assert.Equal(1L, CountKey(other, $"ASIAFINE{i:D12}")));
    }

    [Fact]
    public async Task Should_complete_a_queued_session_only_after_its_transaction_committed()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        using var other = Connection();
        Task queued;
        using (var holder = other.BeginTransaction(deferred: false))
        {
            // Another connection holds SQLite's write lock, so the writer's BEGIN IMMEDIATE waits (busy timeout).
            queued = store.EnqueueSession(Session("ASIAQUEUED0000000001"));
            Assert.False(queued.IsCompleted); // returned at once: the caller's thread is not held for the commit
            await Task.Delay(200);
            Assert.False(queued.IsCompleted);
            holder.Rollback();
        }

        await queued.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1L, CountKey(other, "ASIAQUEUED0000000001"));
    }

    [Fact]
    public async Task Should_fault_only_the_queued_session_the_database_rejects()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        await store.EnqueueSession(Session("ASIAQUEUEDDUPLICATE1"));

        var duplicate = store.EnqueueSession(Session("ASIAQUEUEDDUPLICATE1"));
        var fine = store.EnqueueSession(Session("ASIAQUEUEDFINE000001"));

        var failure = await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        await fine;
        Assert.NotNull(store.FindSession("ASIAQUEUEDFINE000001"));
    }

    [Fact]
    public void Should_keep_working_for_later_callers_after_a_rejected_session()
    {
        using var store = SqliteIamStore.Open(dir.Path);
        store.AddSession(Session("ASIAFIRST00000000001"));
        Assert.Throws<SqliteException>(() => store.AddSession(Session("ASIAFIRST00000000001")));

        store.AddSession(Session("ASIASECOND0000000001"));

        Assert.NotNull(store.FindSession("ASIASECOND0000000001"));
    }

    [Fact]
    public void Should_create_the_session_file_with_2_KiB_pages()
    {
        using (SqliteIamStore.Open(dir.Path))
        {
        }

        using var other = Connection();
        using var command = other.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        Assert.Equal((long)SessionDatabase.PageSize, command.ExecuteScalar());
    }

    private SqliteConnection Connection()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SessionDatabase.FileName)};Pooling=False");
        connection.Open();
        return connection;
    }

    private static long CountKey(SqliteConnection connection, string keyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sessions WHERE access_key_id = $id;";
        command.Parameters.AddWithValue("$id", keyId);
        return (long)command.ExecuteScalar()!;
    }

    private static TemporarySession Session(string keyId) => new(keyId, "secret", "token",
        new Caller(PrincipalKind.AssumedRole, Samples.Account, $"arn:aws:sts::123456789012:assumed-role/r/{keyId}", $"AROAX:{keyId}", keyId,
            new SessionContext(Samples.Time, Samples.Time.AddHours(1), false, RoleArn: "arn:aws:iam::123456789012:role/r")));
}
