using RoleCall.Core.Concurrency;

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
/// request threads could do in parallel. The queue, the writer thread and the row-by-row retry are
/// <see cref="BatchWriter{T}"/>'s, shared with the PostgreSQL store; this adds the SQLite transaction.
/// </summary>
internal sealed class GroupCommit<T> : IDisposable
{
    private readonly BatchWriter<T> writer;

    public GroupCommit(SqliteDatabase db, Action<DbSession, T> insert)
        : this(() => db, insert)
    {
    }

    /// <param name="target">The database each batch is written to, asked again for every batch (<see cref="SessionFiles.Active"/>).</param>
    /// <param name="insert">Writes one row.</param>
    public GroupCommit(Func<SqliteDatabase> target, Action<DbSession, T> insert) =>
        writer = new BatchWriter<T>("rolecall-group-commit", batch => target().Write(session =>
        {
            foreach (var item in batch)
            {
                insert(session, item);
            }

            return batch.Count;
        }));

    /// <summary>Queues <paramref name="item"/>; the task completes once the transaction holding it committed, or faults with its error.</summary>
    public Task Enqueue(T item) => writer.Enqueue(item);

    /// <summary>Returns once the transaction holding <paramref name="item"/> committed; throws its error.</summary>
    public void Add(T item) => Enqueue(item).GetAwaiter().GetResult();

    /// <summary>Commits what is queued, then stops the writer thread.</summary>
    public void Dispose() => writer.Dispose();
}
