using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>
/// DescribeInstances answers kept per (account, region, request parameters): a repeated listing of a thousand
/// instances then costs a lookup, and the writer copies the answer's XML rendered once (its reservationSet is
/// marked with <see cref="ReusableResults"/>) instead of building a tree and splicing a thousand renderings.
/// The cache holds renderings, never decisions: only a request the engine allowed gets here (the handler
/// authorizes first, on every request), and what an allowed caller sees does not depend on who it is, since the
/// Describe actions have no resource-level permissions. Errors (an unknown InstanceId.N) are not kept.
/// An entry is used only while all of these hold; each is what invalidates it:
/// - the store hands back the very list the entry was built from. Both stores hand out a new list after any
///   SaveInstances or DeleteInstances in the account and region, on this replica or (PostgreSQL, by NOTIFY)
///   another one: so any EC2 write there (run, start, stop, terminate, tags) drops the entry;
/// - the clock has not reached the first timed state change among the stored instances (pending -> running,
///   stopping -> stopped, shutting-down -> terminated, a terminated instance disappearing; see
///   <see cref="InstanceLifecycle.NextChange"/>), nor gone back before the entry was built (the dev clock).
/// Bounded: when the kept answers hold more than <see cref="MaxInstances"/> instances in all, every entry goes.
/// </summary>
internal sealed class DescribeInstancesAnswers
{
    /// <summary>About 50 MB of rendered XML (some 2.3 KB per instance).</summary>
    public const int MaxInstances = 20_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int held;

    /// <summary>The kept answer to this request, or the one <paramref name="build"/> makes from the stored instances (then kept).</summary>
    public ResultStruct GetOrBuild(Ec2Context context, Func<IReadOnlyList<Ec2Instance>, (ResultStruct Answer, int Instances)> build)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(build);
        var stored = context.Store.ListInstances(context.AccountId, context.Region);
        var key = Key(context);
        var now = context.Now;
        if (entries.TryGetValue(key, out var kept) && ReferenceEquals(kept.Stored, stored) && now >= kept.Built && now < kept.ValidUntil)
        {
            return kept.Answer;
        }

        var (answer, count) = build(stored);
        var validUntil = DateTimeOffset.MaxValue;
        foreach (var instance in stored)
        {
            var next = context.Lifecycle.NextChange(instance, now);
            validUntil = next < validUntil ? next : validUntil;
        }

        if (Interlocked.Add(ref held, count - (kept?.Instances ?? 0)) > MaxInstances)
        {
            entries.Clear();
            Volatile.Write(ref held, count);
        }

        entries[key] = new Entry(stored, now, validUntil, answer, count);
        return answer;
    }

    /// <summary>Account, region and every parameter but Action, each length-prefixed (no separator a value could forge).</summary>
    private static string Key(Ec2Context context)
    {
        var key = new StringBuilder();
        Append(key, context.AccountId);
        Append(key, context.Region);
        foreach (var (name, value) in context.Call.Parameters.Where(p => p.Key != "Action").OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Append(key, name);
            Append(key, value);
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, string text) =>
        key.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    private sealed record Entry(IReadOnlyList<Ec2Instance> Stored, DateTimeOffset Built, DateTimeOffset ValidUntil, ResultStruct Answer, int Instances);
}
