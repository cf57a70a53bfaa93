namespace RoleCall.S3.Bodies;

/// <summary>
/// Where object bytes live: files under the data directory, never the database and never whole in memory.
/// A body is written to a temporary file and becomes visible (gets its id) only when complete.
/// </summary>
public interface IObjectBodies
{
    /// <summary>A new temporary body to write into; disposing it uncommitted deletes it.</summary>
    IPendingBody Create();

    /// <summary>Reads a committed body (seekable).</summary>
    Stream OpenRead(string bodyId);

    /// <summary>Deletes a committed body; a missing one is not an error.</summary>
    void Delete(string bodyId);
}
