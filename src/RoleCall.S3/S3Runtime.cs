using RoleCall.Iam.Access;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Model;
using RoleCall.S3.Store;

namespace RoleCall.S3;

/// <summary>What every S3 operation shares: the metadata store, the bodies, the authorizer and the clock.</summary>
public sealed class S3Runtime(IS3Store store, IObjectBodies bodies, IAccessAuthorizer access, TimeProvider clock)
{
    public IS3Store Store { get; } = store;

    public IObjectBodies Bodies { get; } = bodies;

    public S3Authorizer Authorizer { get; } = new(access);

    public TimeProvider Clock { get; } = clock;

    /// <summary>Serializes metadata changes that read, then write (create bucket, replace an object, complete an upload).</summary>
    public Lock WriteLock { get; } = new();

    /// <summary>The bucket, or NoSuchBucket (404): S3 answers that before deciding access.</summary>
    public S3Bucket RequireBucket(string name) => Store.FindBucket(name) ?? throw S3Errors.NoSuchBucket(name);

    /// <summary>Now, to the second: S3 keeps Last-Modified at second precision (HTTP dates have no fraction).</summary>
    public DateTimeOffset Now()
    {
        var now = Clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Deletes bodies no row names any more; a failure only leaves an orphan file, never a broken object.</summary>
    public void DeleteBodies(IEnumerable<string>? bodyIds)
    {
        foreach (var bodyId in bodyIds ?? [])
        {
            Bodies.Delete(bodyId);
        }
    }

    /// <summary>
    /// An object's bytes as one seekable stream, its files opened now for the <paramref name="count"/> bytes
    /// from <paramref name="first"/> (a one-body object opens its file whole).
    /// </summary>
    public Stream OpenBody(S3Object entry, long first, long count)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Body.Count == 1 ? Bodies.OpenRead(entry.Body[0].BodyId) : new SegmentedStream(Bodies, entry.Body, first, count);
    }
}
