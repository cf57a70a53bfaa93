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
/// references.
/// </summary>
internal sealed class SessionGroupInsert : IDisposable
{
    private readonly PostgresDatabase db;
    private readonly object gate = new();
    private readonly Thread writer;
    private List<Entry> queue = [];
    private bool waiting;
    private bool stopping;

    /// <summary>The writer's own connection and prepared statement; used by the writer thread only.</summary>
    private SessionInsertStatement? statement;

    public SessionGroupInsert(PostgresDatabase db)
    {
        this.db = db;
        writer = new Thread(Loop) { IsBackground = true, Name = "rolecall-session-insert" };
        writer.Start();
    }

    /// <summary>Queues <paramref name="row"/>; the task completes once the statement holding it committed, or faults with its error.</summary>
    public Task Enqueue(SessionRow row)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            queue.Add(new Entry(row, done));
            if (waiting)
            {
                Monitor.Pulse(gate);
            }
        }

        return done.Task;
    }

    /// <summary>Flushes what is queued, then stops the writer.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
            Monitor.Pulse(gate);
        }

        writer.Join();
        statement?.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            List<Entry> batch;
            lock (gate)
            {
                while (queue.Count == 0 && !stopping)
                {
                    waiting = true;
                    Monitor.Wait(gate);
                    waiting = false;
                }

                if (queue.Count == 0)
                {
                    return; // stopping, and nothing left to flush
                }

                batch = queue;
                queue = [];
            }

            Write(batch);
        }
    }

    private void Write(List<Entry> batch)
    {
        try
        {
            Insert(batch);
            batch.ForEach(e => e.Done.SetResult());
            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            // Any failure (constraint, connection) goes to its caller; this thread must survive it.
            batch[0].Done.SetException(e);
            return;
        }
        catch (Exception)
        {
            // Fall through: find the offending row(s).
        }

        foreach (var entry in batch)
        {
            try
            {
                Insert([entry]);
                entry.Done.SetResult();
            }
            catch (Exception e)
            {
                entry.Done.SetException(e);
            }
        }
    }

    private void Insert(List<Entry> rows)
    {
        var ids = new string[rows.Count];
        var expirations = new long[rows.Count];
        var data = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            (ids[i], expirations[i], data[i]) = rows[i].Row;
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

    /// <summary>A queued row and the task its caller awaits.</summary>
    private readonly record struct Entry(SessionRow Row, TaskCompletionSource Done);
}
