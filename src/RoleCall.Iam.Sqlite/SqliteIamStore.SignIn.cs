using RoleCall.Iam.SignIn;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Failed sign-ins, in this process's memory: one process owns a data directory (SQLite's file lock), so no
/// other counts behind its back, and a restart forgetting the counts gives an attacker nothing they lacked.
/// </summary>
public sealed partial class SqliteIamStore
{
    private readonly InMemorySignInFailures signInFailures = new();

    public SignInFailures RecordSignInFailure(string key, DateTimeOffset now) => signInFailures.Record(key, now);

    public SignInFailures? FindSignInFailures(string key) => signInFailures.Find(key);

    public void ClearSignInFailures(string key) => signInFailures.Clear(key);
}
