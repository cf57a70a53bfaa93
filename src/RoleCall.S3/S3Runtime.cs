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

    /// <summary>Deletes a body no row names any more; a failure only leaves an orphan file, never a broken object.</summary>
    public void DeleteBody(string? bodyId)
    {
        if (bodyId is not null)
        {
            Bodies.Delete(bodyId);
        }
    }
}
