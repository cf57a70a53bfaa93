namespace RoleCall.Iam.Sqlite;

/// <summary>
/// The STS session databases of a data directory, `sessions.db` and `sessions-2.db`, written in turn. New
/// sessions go to the active file. When its WAL is due for a rewind (<see cref="WalCheckpointer"/>, every
/// 64 MiB), the writes move to the other file first, so the rewind — two fsyncs, and a wait for the file's
/// readers — holds up no AssumeRole: with one file, each rewind stalled every session insert for ~25 ms.
/// A lookup asks the active file, then the other; the purge runs on both. In memory there is one database
/// (the main one) and nothing to divert.
/// </summary>
internal sealed class SessionFiles : IDisposable
{
    public const string SecondFileName = "sessions-2.db";

    private const int NoFile = -1;

    private readonly SqliteDatabase[] files;
    private readonly bool owned;
    private int active;
    private int rewinding = NoFile;

    private SessionFiles(SqliteDatabase[] files, bool owned)
    {
        this.files = files;
        this.owned = owned;
    }

    /// <summary>Where new sessions are written now.</summary>
    public SqliteDatabase Active => files[Volatile.Read(ref active)];

    /// <summary>Every file, the active one first (a session just issued is most likely there).</summary>
    public IEnumerable<SqliteDatabase> ActiveFirst
    {
        get
        {
            var first = Volatile.Read(ref active);
            yield return files[first];
            for (var i = 0; i < files.Length; i++)
            {
                if (i != first)
                {
                    yield return files[i];
                }
            }
        }
    }

    /// <summary>Opens both files of a data directory, moving in any sessions an older RoleCall kept in the main file.</summary>
    /// <param name="directory">The data directory.</param>
    /// <param name="main">Its `rolecall.db`.</param>
    /// <param name="restartBytes">The WAL size at which writes move to the other file (tests pass less).</param>
    public static SessionFiles Open(string directory, SqliteDatabase main, long restartBytes = WalCheckpointer.RestartBytes)
    {
        var files = new SqliteDatabase[2];
        var sessionFiles = new SessionFiles(files, owned: true);
        string[] names = [SessionDatabase.FileName, SecondFileName];
        try
        {
            for (var i = 0; i < files.Length; i++)
            {
                var index = i;
                files[i] = SqliteDatabase.OpenFile(Path.Combine(directory, names[i]), SessionDatabase.PageSize, () => sessionFiles.DivertFrom(index), restartBytes);
                SessionDatabase.Initialize(files[i]);
            }

            SessionDatabase.MoveLegacySessions(main, files[0]);
            return sessionFiles;
        }
        catch
        {
            sessionFiles.Dispose();
            throw;
        }
    }

    /// <summary>The main in-memory database, which the caller keeps and disposes.</summary>
    public static SessionFiles InMemory(SqliteDatabase main) => new([main], owned: false);

    public void Dispose()
    {
        if (!owned)
        {
            return;
        }

        foreach (var file in files)
        {
            file?.Dispose();
        }
    }

    /// <summary>
    /// Called by the checkpointer of file <paramref name="index"/> when its WAL is due for a rewind: makes the
    /// other file active, unless that one is being rewound itself (then null: the next round asks again).
    /// </summary>
    private Rewinding? DivertFrom(int index)
    {
        if (Interlocked.CompareExchange(ref rewinding, index, NoFile) != NoFile)
        {
            return null;
        }

        Volatile.Write(ref active, files.Length - 1 - index);
        return new Rewinding(this);
    }

    private sealed class Rewinding(SessionFiles owner) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref owner.rewinding, NoFile);
    }
}
