namespace RoleCall.S3.Bodies;

/// <summary>A body being written: <see cref="Stream"/> takes the bytes, <see cref="Commit"/> makes the whole body visible at once (a crash of serve before it leaves no body).</summary>
public interface IPendingBody : IDisposable
{
    Stream Stream { get; }

    /// <summary>Makes the body complete and visible, durable against a crash of serve (not of the OS); returns its id. Call once, after the last byte.</summary>
    string Commit();
}
