using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam;

/// <summary>
/// The writes one request queued instead of waiting for (<see cref="IDeferredSessionWrites"/>): its endpoint
/// awaits <see cref="WhenDurableAsync"/> before it writes the answer, so an issued session reaches the client
/// only once it is committed (durable against `kill -9`), as with a blocking insert, but no thread waits for
/// the disk meanwhile. A request without one (null) writes synchronously. Used by one request at a time.
/// </summary>
public sealed class PendingWrites
{
    private Task? first;
    private List<Task>? more;

    /// <summary>
    /// Stores the session: queued and recorded here when both the store and <paramref name="pending"/> allow
    /// it, else committed before this returns.
    /// </summary>
    public static void AddSession(IIamStore store, TemporarySession session, PendingWrites? pending)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (pending is not null && store is IDeferredSessionWrites queue)
        {
            pending.Add(queue.EnqueueSession(session));
        }
        else
        {
            store.AddSession(session);
        }
    }

    public void Add(Task commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (first is null)
        {
            first = commit;
        }
        else
        {
            (more ??= []).Add(commit);
        }
    }

    /// <summary>Completes when every queued write committed; throws the first failure.</summary>
    public Task WhenDurableAsync() => (first, more) switch
    {
        (null, _) => Task.CompletedTask,
        (_, null) => first,
        _ => Task.WhenAll([first, .. more]),
    };
}
