using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Seals the plaintext secrets an older RoleCall left in a data directory, once, when the store opens:
/// access keys and MFA seeds in rolecall.db, session secrets and tokens in sessions.db. Each table is
/// rewritten in one transaction; rows already sealed are left alone, so a second open changes nothing.
/// Opening every sealed value on the way also proves, at startup, that the key file matches the database.
/// </summary>
internal static class SecretMigration
{
    public static void Run(SqliteDatabase main, IEnumerable<SqliteDatabase> sessionFiles, SecretSealer sealer)
    {
        Rewrite<AccessKey>(main, sealer, "access_keys", "access_key_id",
            k => k with { SecretAccessKey = sealer.Seal(sealer.Open(k.SecretAccessKey)) }, k => k.SecretAccessKey);
        Rewrite<MfaDevice>(main, sealer, "mfa_devices", "serial",
            d => d with { SeedBase32 = sealer.Seal(sealer.Open(d.SeedBase32)) }, d => d.SeedBase32);
        foreach (var sessions in sessionFiles)
        {
            Rewrite<TemporarySession>(sessions, sealer, "sessions", "access_key_id",
                t => t with { SecretAccessKey = sealer.Seal(sealer.Open(t.SecretAccessKey)), SessionToken = sealer.Seal(sealer.Open(t.SessionToken)) },
                t => t.SessionToken);
        }
    }

    private static void Rewrite<T>(SqliteDatabase db, SecretSealer sealer, string table, string keyColumn, Func<T, T> seal, Func<T, string> secret)
    {
        var rows = db.Read(s => s.Rows($"SELECT {keyColumn}, data FROM {table};", r => (Key: r.GetString(0), Record: Sql.Deserialize<T>(r.GetString(1)))));
        var plain = new List<(string Key, string Data)>();
        foreach (var (key, record) in rows)
        {
            var value = secret(record);
            if (SecretSealer.IsSealed(value))
            {
                // Throws with the key file's name when it does not open: better at startup than per request.
                sealer.Open(value);
            }
            else
            {
                plain.Add((key, Sql.Serialize(seal(record))));
            }
        }

        if (plain.Count == 0)
        {
            return;
        }

        db.Write(s =>
        {
            foreach (var (key, data) in plain)
            {
                s.Run($"UPDATE {table} SET data = $d WHERE {keyColumn} = $k;", ("$d", data), ("$k", key));
            }

            return plain.Count;
        });
    }
}
