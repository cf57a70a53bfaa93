using System.Runtime.ExceptionServices;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Group commit for independent inserts (STS sessions). Callers queue their row and block; one writer thread
/// takes everything queued, writes it in ONE transaction, commits, and only then wakes the batch's callers
/// (one broadcast, so they leave together instead of in a lock convoy). A caller therefore returns only once
/// its row is committed — durable against `kill -9` and visible to every reader — never before. N concurrent
/// AssumeRole calls cost one BEGIN/COMMIT and one WAL write of the shared pages (table and expiry-index
/// leaves, page 1) instead of N. A failing batch is retried row by row so only the offending caller sees
/// its error. Flushed: whenever the writer is free; there is no timer and no size cap to wait for.
/// </summary>
internal sealed class GroupCommit<T> : IDisposable
{
    private readonly SqliteDatabase db;
    private readonly Action<DbSession, T> insert;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim queued = new(0, 1);
    private readonly Thread writer;
    private Batch current = new();
    private bool stopping;

    public GroupCommit(SqliteDatabase db, Action<DbSession, T> insert)
    {
        this.db = db;
        this.insert = insert;
        writer = new Thread(Loop) { IsBackground = true, Name = "rolecall-group-commit" };
        writer.Start();
    }

    /// <summary>Returns once the transaction holding <paramref name="item"/> committed; throws its error.</summary>
    public void Add(T item)
    {
        Batch batch;
        int index;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            batch = current;
            index = batch.Items.Count;
            batch.Items.Add(item);
        }

        Wake();
        batch.Committed.Wait();
        if (batch.Errors?[index] is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

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
            Batch batch;
            bool last;
            lock (gate)
            {
                batch = current;
                current = new Batch();
                last = stopping;
            }

            if (batch.Items.Count > 0)
            {
                Write(batch);
                batch.Committed.Set();
            }

            if (last)
            {
                return;
            }
        }
    }

    private void Write(Batch batch)
    {
        try
        {
            db.Write(session =>
            {
                foreach (var item in batch.Items)
                {
                    insert(session, item);
                }

                return batch.Items.Count;
            });
            return;
        }
        catch (Exception) when (batch.Items.Count > 1)
        {
            // Fall through: find the offending row(s).
        }
        catch (Exception e)
        {
            // Any failure (constraint, I/O, sealing) goes to the caller; this thread must survive it.
            batch.Errors = [e];
            return;
        }

        batch.Errors = new Exception?[batch.Items.Count];
        for (var i = 0; i < batch.Items.Count; i++)
        {
            var item = batch.Items[i];
            try
            {
                db.Write(session =>
                {
                    insert(session, item);
                    return 1;
                });
            }
            catch (Exception e)
            {
                batch.Errors[i] = e;
            }
        }
    }

    /// <summary>The rows one transaction writes, and the event its callers wait on.</summary>
    private sealed class Batch
    {
        public List<T> Items { get; } = [];

        public ManualResetEventSlim Committed { get; } = new(false, spinCount: 10);

        /// <summary>Null when the batch committed whole; else one entry per item (null: that row committed).</summary>
        public Exception?[]? Errors { get; set; }
    }
}
