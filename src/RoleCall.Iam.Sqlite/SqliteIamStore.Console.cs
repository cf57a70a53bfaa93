using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// What the console keeps in the store so that its cookies, sealed with <see cref="DeriveKey"/>, mean the same
/// after a restart: the IDs it revoked (sign-outs, redeemed sign-in tokens) in `console_revocations`.
/// Cache: <see cref="revoked"/> holds every mark, loaded once from the table and added to by each
/// <see cref="TryRevokeConsoleId"/> after its commit. It is exact because one process owns a data directory
/// (SQLite's file lock), so no mark can be written behind its back; lapsed marks leave it with the rows.
/// </summary>
public sealed partial class SqliteIamStore
{
    private readonly Lazy<ConcurrentDictionary<string, long>> revoked;

    // The in-memory store has no key file: its cookies need only outlive nothing but the process.
    private readonly byte[] ephemeralKey = RandomNumberGenerator.GetBytes(32);

    public byte[] DeriveKey(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return sealer.DeriveKey(purpose)
            ?? HKDF.DeriveKey(HashAlgorithmName.SHA256, ephemeralKey, 32, salt: null, info: System.Text.Encoding.UTF8.GetBytes(purpose));
    }

    public bool TryRevokeConsoleId(string id, DateTimeOffset expires, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(id);
        var marks = revoked.Value;
        var added = db.Write(s =>
        {
            s.Run("DELETE FROM console_revocations WHERE expires < $now;", ("$now", now.ToUnixTimeSeconds()));
            return s.Run("INSERT OR IGNORE INTO console_revocations (id, expires) VALUES ($id, $e);", ("$id", id), ("$e", expires.ToUnixTimeSeconds()));
        }) == 1;
        foreach (var (old, lapses) in marks)
        {
            if (lapses < now.ToUnixTimeSeconds())
            {
                marks.TryRemove(old, out _);
            }
        }

        marks[id] = expires.ToUnixTimeSeconds();
        return added;
    }

    public bool IsConsoleIdRevoked(string id) => revoked.Value.ContainsKey(id);

    private ConcurrentDictionary<string, long> LoadRevocations() => new(
        db.Read(s => s.Rows("SELECT id, expires FROM console_revocations;", r => KeyValuePair.Create(r.GetString(0), r.GetInt64(1)))),
        StringComparer.Ordinal);
}
