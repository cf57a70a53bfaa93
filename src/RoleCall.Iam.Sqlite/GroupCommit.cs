namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Group commit for independent inserts (STS sessions). Callers queue their row (<see cref="Enqueue"/>); one
/// writer thread takes everything queued, writes it in ONE transaction, commits, and only then completes each
/// caller's task. A caller therefore learns of its commit only once its row is durable against `kill -9` and
/// visible to every reader, never before. N concurrent AssumeRole calls cost one BEGIN/COMMIT and one WAL
/// write of the shared pages (table and expiry-index leaves, page 1) instead of N. A failing batch is retried
/// row by row so only the offending caller sees its error. Flushed: whenever the writer is free; there is no
/// timer and no size cap to wait for.
/// Callers await the task instead of blocking on it (a blocked request thread is one the pool must replace,
/// and waking a convoy of them on 2 cores queued the answers behind each other); the tasks run their
/// continuations on the thread pool, never on the writer, which goes straight back to the queue. The rows
/// come ready to bind (sealed and serialized by the caller), so the one writer does nothing per row that the
/// request threads could do in parallel.
/// </summary>
internal sealed class GroupCommit<T> : IDisposable
{
    private readonly Func<SqliteDatabase> target;
    private readonly Action<DbSession, T> insert;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim queued = new(0, 1);
    private readonly Thread writer;
    private List<Entry> current = [];
    private bool stopping;

    public GroupCommit(SqliteDatabase db, Action<DbSession, T> insert)
        : this(() => db, insert)
    {
    }

    /// <param name="target">The database each batch is written to, asked again for every batch (<see cref="SessionFiles.Active"/>).</param>
    /// <param name="insert">Writes one row.</param>
    public GroupCommit(Func<SqliteDatabase> target, Action<DbSession, T> insert)
    {
        this.target = target;
        this.insert = insert;
        writer = new Thread(Loop) { IsBackground = true, Name = "rolecall-group-commit" };
        writer.Start();
    }

    /// <summary>Queues <paramref name="item"/>; the task completes once the transaction holding it committed, or faults with its error.</summary>
    public Task Enqueue(T item)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            current.Add(new Entry(item, done));
        }

        Wake();
        return done.Task;
    }

    /// <summary>Returns once the transaction holding <paramref name="item"/> committed; throws its error.</summary>
    public void Add(T item) => Enqueue(item).GetAwaiter().GetResult();

    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
        }

        Wake();
        writer.Join();
        queued.Dispose();
    }

    private void Wake()
    {
        // One pending signal is enough: the writer drains the whole queue each time it wakes.
        if (queued.CurrentCount == 0)
        {
            try
            {
                queued.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller signalled first.
            }
        }
    }

    private void Loop()
    {
        while (true)
        {
            queued.Wait();
            List<Entry> batch;
            bool last;
            lock (gate)
            {
                batch = current;
                current = [];
                last = stopping;
            }

            if (batch.Count > 0)
            {
                Write(batch);
            }

            if (last)
            {
                return;
            }
        }
    }

    private void Write(List<Entry> batch)
    {
        try
        {
            target().Write(session =>
            {
                foreach (var entry in batch)
                {
                    insert(session, entry.Item);
                }

                return batch.Count;
            });
            foreach (var entry in batch)
            {
                entry.Done.SetResult();
            }

            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            // Any failure (constraint, I/O) goes to the caller; this thread must survive it.
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
                target().Write(session =>
                {
                    insert(session, entry.Item);
                    return 1;
                });
                entry.Done.SetResult();
            }
            catch (Exception e)
            {
                entry.Done.SetException(e);
            }
        }
    }

    /// <summary>A queued row and the task its caller awaits.</summary>
    private readonly record struct Entry(T Item, TaskCompletionSource Done);
}
