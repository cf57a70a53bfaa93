namespace RoleCall.Iam.Sqlite;

/// <summary>
/// The schema of the files that hold STS sessions (`DIR/sessions.db` and `DIR/sessions-2.db`, see
/// <see cref="SessionFiles"/>), apart from the IAM entities in `rolecall.db`. Every
/// commit to a SQLite database empties the page cache of each of its other connections (and moves its
/// `data_version`), so with sessions in the main file each AssumeRole insert made the next reads of users,
/// roles and keys — four per AssumeRole — go back to the file, and reset the entity listing cache. Sessions
/// are independent rows no IAM transaction touches, so a file of their own loses no atomicity; it has the
/// same WAL + synchronous=NORMAL durability (<see cref="SqliteDatabase"/>).
/// </summary>
internal static class SessionDatabase
{
    public const string FileName = "sessions.db";

    /// <summary>
    /// 2 KiB pages (SQLite's default is 4 KiB). Every session insert rewrites the leaf of the key index it
    /// lands on at random, plus the table's and the expiry index's last leaves, and a WAL frame is one whole
    /// page: with 4 KiB pages a session cost ~10 KB of WAL writes (and as much checkpoint copying and fsync
    /// work), with 2 KiB ~7 KB, at the same CPU per insert (measured with 8 writers). Two session rows
    /// (~0.9 KB) fit a page; 1 KiB pages (~5 KB) would push any row over ~1 KB (tags, session policies, long
    /// names) into an overflow page. A sessions.db created before keeps its 4 KiB pages (the page size is
    /// fixed once a table exists in WAL mode); it works the same, with the larger writes.
    /// </summary>
    public const int PageSize = 2048;

    // Rowid table + unique key index (see Migrations/0003_sessions_rowid.sql for why not WITHOUT ROWID).
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS sessions (
            access_key_id TEXT NOT NULL PRIMARY KEY,
            expiration    INTEGER NOT NULL,
            data          TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sessions_by_expiration ON sessions (expiration);
        """;

    public static void Initialize(SqliteDatabase sessions) => sessions.Write(s =>
    {
        s.Execute(Schema);
        return 0;
    });

    public static void Insert(DbSession s, SessionRow row) =>
        s.Run("INSERT INTO sessions (access_key_id, expiration, data) VALUES ($id, $e, $d);",
            ("$id", row.AccessKeyId), ("$e", row.Expiration), ("$d", row.Data));

    /// <summary>
    /// Moves the sessions an older RoleCall kept in the main file into <paramref name="sessions"/>. Copies then
    /// deletes: a crash between the two commits leaves rows in both files, and the next open copies again
    /// (INSERT OR IGNORE) before deleting, so no session is ever lost.
    /// </summary>
    public static void MoveLegacySessions(SqliteDatabase main, SqliteDatabase sessions)
    {
        var legacy = main.Read(s => s.Rows("SELECT access_key_id, expiration, data FROM sessions;", r => (Id: r.GetString(0), Expiration: r.GetInt64(1), Data: r.GetString(2))));
        if (legacy.Count == 0)
        {
            return;
        }

        sessions.Write(s =>
        {
            foreach (var (id, expiration, data) in legacy)
            {
                s.Run("INSERT OR IGNORE INTO sessions (access_key_id, expiration, data) VALUES ($id, $e, $d);", ("$id", id), ("$e", expiration), ("$d", data));
            }

            return legacy.Count;
        });
        main.Write(s => s.Run("DELETE FROM sessions;"));
    }
}
