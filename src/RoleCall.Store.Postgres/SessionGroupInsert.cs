using RoleCall.Core.Concurrency;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Group insert of STS session rows. Callers queue their row (<see cref="Enqueue"/>); one writer thread takes
/// everything queued and inserts it with ONE statement (`unnest` of three arrays, in autocommit: one round
/// trip, one transaction, one commit record), and only after that statement returned completes each caller's
/// task. A caller therefore learns of its row only once it is committed, so visible to every replica, exactly as
/// when each caller ran its own INSERT; N concurrent AssumeRole calls cost PostgreSQL one statement and one
/// commit instead of N, and the replica one round trip. There is no timer and no size cap to wait for: the
/// writer flushes whatever queued while its previous statement ran. A failing statement is retried row by
/// row, so only the offending caller sees its error (a duplicate key, or every caller when the database is
/// gone). Tasks run their continuations on the thread pool, never on the writer; the rows come ready to bind
/// (sealed and serialized by the request threads), so the one writer does nothing per row but copy three
/// references. The queue, the writer thread and the row-by-row retry are <see cref="BatchWriter{T}"/>'s, shared
/// with the SQLite store; this adds the statement and its connection.
/// </summary>
internal sealed class SessionGroupInsert : IDisposable
{
    private readonly PostgresDatabase db;
    private readonly BatchWriter<SessionRow> writer;

    /// <summary>The writer's own connection and prepared statement; used by the writer thread only.</summary>
    private SessionInsertStatement? statement;

    public SessionGroupInsert(PostgresDatabase db)
    {
        this.db = db;
        writer = new BatchWriter<SessionRow>("rolecall-session-insert", Insert);
    }

    /// <summary>Queues <paramref name="row"/>; the task completes once the statement holding it committed, or faults with its error.</summary>
    public Task Enqueue(SessionRow row) => writer.Enqueue(row);

    /// <summary>Flushes what is queued, then stops the writer.</summary>
    public void Dispose()
    {
        writer.Dispose();
        statement?.Dispose();
    }

    private void Insert(IReadOnlyList<SessionRow> rows)
    {
        var ids = new string[rows.Count];
        var expirations = new long[rows.Count];
        var data = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            (ids[i], expirations[i], data[i]) = rows[i];
        }

        statement ??= SessionInsertStatement.Open(db.Source);
        try
        {
            statement.Run(ids, expirations, data);
        }
        catch (Exception) when (!statement.Usable)
        {
            // A broken connection (the server restarted, the network failed): the next statement opens another.
            statement.Dispose();
            statement = null;
            throw;
        }
    }
}
