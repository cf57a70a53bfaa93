using System.Collections.Concurrent;
using RoleCall.Ec2.Model;

namespace RoleCall.Iam.Sqlite.Ec2;

/// <summary>
/// The stored instances of each account and region, as last read, so DescribeInstances over a thousand
/// instances neither queries nor deserializes them per call. Invalidated by every instance write of this
/// process (<see cref="Invalidate"/>, called after the write committed): the EC2 database has one writer,
/// this process. A list read while a write commits is kept under the version it started with, which the
/// write has moved on, so it is never served. Whole-cache clear at <see cref="Capacity"/> keys, since a
/// signed request may name any region.
/// </summary>
internal sealed class InstanceListCache
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Account, string Region), Entry> lists = new();
    private long version;

    public IReadOnlyList<Ec2Instance> GetOrLoad(string accountId, string region, Func<IReadOnlyList<Ec2Instance>> load)
    {
        var current = Interlocked.Read(ref version);
        if (lists.TryGetValue((accountId, region), out var cached) && cached.Version == current)
        {
            return cached.Instances;
        }

        var instances = load();
        if (lists.Count >= Capacity)
        {
            lists.Clear();
        }

        lists[(accountId, region)] = new Entry(current, instances);
        return instances;
    }

    public void Invalidate() => Interlocked.Increment(ref version);

    private sealed record Entry(long Version, IReadOnlyList<Ec2Instance> Instances);
}
