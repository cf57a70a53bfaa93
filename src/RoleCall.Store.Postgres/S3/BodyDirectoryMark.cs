using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// Makes sure every replica's body directory is the same one: the first replica writes a random id into
/// `DIR/rolecall-bodies.id` and records it in `s3_body_directory`; a replica whose directory lacks that id
/// refuses to start. Without this, a replica given a directory of its own would store bodies the others cannot
/// read (GET failing on them), and two databases given one directory would each sweep away the other's bodies.
/// Runs under an advisory lock, so replicas starting together agree on one id.
/// </summary>
internal static class BodyDirectoryMark
{
    public const string FileName = "rolecall-bodies.id";

    /// <summary>The advisory lock key of this check ('RCs3body' as 64 bits).</summary>
    private const long LockKey = 0x52437333626F6479;

    public static void Check(PostgresDatabase db, string root)
    {
        using var connection = db.Source.OpenConnection();
        var session = new PgSession(connection, null);
        session.Run("SELECT pg_advisory_lock(@k);", ("k", LockKey));
        try
        {
            var file = Path.Combine(root, FileName);
            var recorded = session.One("SELECT id FROM s3_body_directory;", r => r.GetString(0));
            var found = File.Exists(file) ? File.ReadAllText(file).Trim() : null;
            if (recorded is null && found is null)
            {
                var id = Guid.NewGuid().ToString("N");
                var pending = file + ".tmp-" + id;
                File.WriteAllText(pending, id + "\n");
                File.Move(pending, file, overwrite: true);
                session.Run("INSERT INTO s3_body_directory (id) VALUES (@id);", ("id", id));
            }
            else if (recorded != found)
            {
                throw recorded is null ? OtherDatabase(root, db.Location) : NotShared(root, db.Location);
            }
        }
        finally
        {
            session.Run("SELECT pg_advisory_unlock(@k);", ("k", LockKey));
        }
    }

    private static ConfigurationException NotShared(string root, string location) =>
        new($"serve: {root} is not the S3 body directory the other replicas of {location} use (its {FileName} is missing or different)",
            "give every replica the same shared directory with --data DIR (a mount all of them see)");

    private static ConfigurationException OtherDatabase(string root, string location) =>
        new($"serve: {root} holds the S3 bodies of another database, not of {location}",
            "give this database an empty directory with --data DIR; two databases sharing one would delete each other's bodies");
}
