namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Group commit for independent inserts (STS sessions): concurrent callers queue their row; whoever holds
/// the combiner lock writes everything queued so far in ONE transaction, then each caller returns once the
/// transaction holding its row committed — so an acknowledged write is still durable, but N concurrent
/// AssumeRole calls cost one BEGIN/COMMIT instead of N. A failing batch is retried row by row so only the
/// offending caller sees its error.
/// </summary>
internal sealed class GroupCommit<T>(SqliteDatabase db, Action<DbSession, T> insert)
{
    private readonly Lock queueGate = new();
    private readonly Lock combiner = new();
    private List<Pending> queue = [];

    public void Add(T item)
    {
        var mine = new Pending(item);
        lock (queueGate)
        {
            queue.Add(mine);
        }

        lock (combiner)
        {
            // A previous combiner may already have written this row.
            if (!mine.Done)
            {
                List<Pending> batch;
                lock (queueGate)
                {
                    batch = queue;
                    queue = [];
                }

                Write(batch);
            }
        }

        if (mine.Error is { } error)
        {
            throw error;
        }
    }

    private void Write(List<Pending> batch)
    {
        try
        {
            db.Write(session =>
            {
                foreach (var pending in batch)
                {
                    insert(session, pending.Item);
                }

                return batch.Count;
            });
        }
        catch (Microsoft.Data.Sqlite.SqliteException) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                Write([pending]);
            }

            return;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            batch[0].Error = e;
        }

        foreach (var pending in batch)
        {
            pending.Done = true;
        }
    }

    private sealed class Pending(T item)
    {
        public T Item { get; } = item;

        public bool Done { get; set; }

        public Exception? Error { get; set; }
    }
}
