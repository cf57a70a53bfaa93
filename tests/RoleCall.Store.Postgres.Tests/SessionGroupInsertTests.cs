using Npgsql;
using RoleCall.Iam.Model;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// The group insert behind AddSession and EnqueueSession on PostgreSQL (<see cref="SessionGroupInsert"/>,
/// issue 15's AssumeRole throughput): concurrent session rows share one statement, a caller's task completes
/// only once its row is committed (so another replica, with pools of its own, finds the session at once), and
/// a rejected row fails only its own caller.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class SessionGroupInsertTests
{
    private readonly string url = PostgresServer.Shared.CreateDatabase("groupinsert");

    [Fact]
    public async Task Should_fail_only_the_caller_whose_row_is_rejected_and_show_every_other_to_a_second_replica_once_its_task_completed()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        await a.EnqueueSession(Session("ASIADUPLICATE0000001"));

        // Queued at once without awaiting, so the writer finds the duplicate among others in one statement.
        var calls = Enumerable.Range(0, 32).Select(i => a.EnqueueSession(Session(i == 13 ? "ASIADUPLICATE0000001" : Key(i)))).ToList();
        var seen = calls.Select(async (call, i) =>
        {
            if (i == 13)
            {
                return true;
            }

            await call;
            return b.FindSession(Key(i)) is not null; // read right after the task completed, on the other replica
        }).ToList();

        var failure = await Assert.ThrowsAsync<PostgresException>(() => calls[13]);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        Assert.All(await Task.WhenAll(seen), Assert.True);
        Assert.Equal(32L, Count("SELECT count(*) FROM iam_sessions;"));
    }

    [Fact]
    public async Task Should_insert_concurrent_sessions_in_fewer_statements_than_rows()
    {
        using var store = Stores.OpenIam(url);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => store.EnqueueSession(Session(Key(i)))));

        // Each statement is its own transaction: rows inserted together carry one xmin.
        var transactions = Count("SELECT count(DISTINCT xmin::text) FROM iam_sessions;");
        Assert.InRange(transactions, 1L, 100L);
        Assert.Equal(200L, Count("SELECT count(*) FROM iam_sessions;"));
    }

    [Fact]
    public async Task Should_show_each_session_to_a_second_replica_as_soon_as_AddSession_returns()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                var keyId = Key((w * 1000) + i);
                a.AddSession(Session(keyId));
                Assert.NotNull(b.FindSession(keyId));
            }
        }));

        await Task.WhenAll(writers);
    }

    [Fact]
    public void Should_keep_working_for_later_callers_after_a_rejected_session()
    {
        using var store = Stores.OpenIam(url);
        store.AddSession(Session("ASIAFIRST00000000001"));
        Assert.Throws<PostgresException>(() => store.AddSession(Session("ASIAFIRST00000000001")));

        store.AddSession(Session("ASIASECOND0000000001"));

        Assert.NotNull(store.FindSession("ASIASECOND0000000001"));
    }

    [Fact]
    public async Task Should_commit_every_queued_session_before_Dispose_returns()
    {
        List<Task> queued;
        using (var store = Stores.OpenIam(url))
        {
            queued = Enumerable.Range(0, 50).Select(i => store.EnqueueSession(Session(Key(i)))).ToList();
        }

        await Task.WhenAll(queued);
        Assert.Equal(50L, Count("SELECT count(*) FROM iam_sessions;"));
    }

    [Fact]
    public void Should_open_a_new_connection_after_the_writers_one_was_terminated()
    {
        using var store = Stores.OpenIam(url);
        store.AddSession(Session(Key(1)));

        Assert.Equal(1L, Count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'INSERT INTO iam_sessions%';"));

        // The statement that finds its connection broken fails (its row may or may not have reached the server); the next one reconnects.
        Assert.ThrowsAny<NpgsqlException>(() => store.AddSession(Session(Key(2))));
        store.AddSession(Session(Key(3)));
        Assert.NotNull(store.FindSession(Key(3)));
    }

    private static string Key(int i) => $"ASIAGROUP{i:D11}";

    private static TemporarySession Session(string keyId) => Samples.Session(keyId, Samples.Time.AddHours(1));

    private long Count(string sql)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={PostgresServer.Shared.Port};Username=rolecall;Database={url[(url.LastIndexOf('/') + 1)..]};Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
