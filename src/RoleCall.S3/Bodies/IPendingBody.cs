namespace RoleCall.S3.Bodies;

/// <summary>A body being written: <see cref="Stream"/> takes the bytes, <see cref="Commit"/> flushes them to disk and renames the file into place.</summary>
public interface IPendingBody : IDisposable
{
    Stream Stream { get; }

    /// <summary>Makes the body durable and complete; returns its id. Call once, after the last byte.</summary>
    string Commit();
}
