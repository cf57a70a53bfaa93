using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite;

/// <summary>Access keys and virtual MFA devices: per-request lookups by primary key (STS sessions: SqliteIamStore.Sessions.cs).</summary>
public sealed partial class SqliteIamStore
{
    // Keyed by the stored (sealed) JSON; holds the opened record.
    private readonly RecordCache<AccessKey> accessKeys = new();

    public void AddAccessKey(AccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        db.Write(s => s.Run("INSERT INTO access_keys (access_key_id, account_id, user_id, data) VALUES ($id, $a, $u, $d);",
            ("$id", key.AccessKeyId), ("$a", key.AccountId), ("$u", key.UserId), ("$d", Sql.Serialize(Sealed(key)))));
    }

    public AccessKey? FindAccessKey(string accessKeyId) => db.Read(s =>
        s.One("SELECT data FROM access_keys WHERE access_key_id = $id;", r => accessKeys.Get(r.GetString(0), Opened), ("$id", accessKeyId)));

    public IReadOnlyList<AccessKey> ListAccessKeys(string accountId, string? userId) => db.Read(s => s.Rows(
        "SELECT data FROM access_keys WHERE account_id = $a AND user_id IS $u;",
        r => accessKeys.Get(r.GetString(0), Opened), ("$a", accountId), ("$u", userId))
        .OrderBy(k => k.CreateDate).ThenBy(k => k.AccessKeyId, StringComparer.Ordinal).ToList());

    public void SaveAccessKey(AccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        db.Write(s => s.Run("UPDATE access_keys SET data = $d WHERE access_key_id = $id;", ("$id", key.AccessKeyId), ("$d", Sql.Serialize(Sealed(key)))));
    }

    public void DeleteAccessKey(string accessKeyId) =>
        db.Write(s => s.Run("DELETE FROM access_keys WHERE access_key_id = $id;", ("$id", accessKeyId)));

    public bool TryAddMfaDevice(MfaDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return db.Write(s => s.Run("INSERT OR IGNORE INTO mfa_devices (serial, account_id, last_step, data) VALUES ($s, $a, $l, $d);",
            ("$s", device.SerialNumber), ("$a", device.AccountId), ("$l", device.LastUsedStep), ("$d", Sql.Serialize(Sealed(device)))) == 1);
    }

    public MfaDevice? FindMfaDevice(string serialNumber) => db.Read(s =>
        s.One("SELECT data, last_step FROM mfa_devices WHERE serial = $s;", ReadMfa, ("$s", serialNumber)));

    public void SaveMfaDevice(MfaDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);

        // last_step only moves forward, also when a stale record is saved after a concurrent TryUseMfaStep.
        db.Write(s => s.Run("UPDATE mfa_devices SET data = $d, last_step = max(coalesce(last_step, -1), coalesce($l, -1)) WHERE serial = $s;",
            ("$s", device.SerialNumber), ("$d", Sql.Serialize(Sealed(device))), ("$l", device.LastUsedStep)));
    }

    public void DeleteMfaDevice(string serialNumber) =>
        db.Write(s => s.Run("DELETE FROM mfa_devices WHERE serial = $s;", ("$s", serialNumber)));

    public IReadOnlyList<MfaDevice> ListMfaDevices(string accountId) => db.Read(s =>
        s.Rows("SELECT data, last_step FROM mfa_devices WHERE account_id = $a ORDER BY serial;", ReadMfa, ("$a", accountId)));

    public bool TryUseMfaStep(string serialNumber, long timeStep) => db.Write(s => s.Run(
        "UPDATE mfa_devices SET last_step = $l WHERE serial = $s AND (last_step IS NULL OR last_step < $l);",
        ("$s", serialNumber), ("$l", timeStep)) == 1);

    private AccessKey Sealed(AccessKey key) => key with { SecretAccessKey = sealer.Seal(key.SecretAccessKey) };

    private AccessKey Opened(AccessKey key) => key with { SecretAccessKey = sealer.Open(key.SecretAccessKey) };

    private MfaDevice Sealed(MfaDevice device) => device with { SeedBase32 = sealer.Seal(device.SeedBase32) };

    private MfaDevice ReadMfa(Microsoft.Data.Sqlite.SqliteDataReader reader)
    {
        var stored = Sql.Deserialize<MfaDevice>(reader.GetString(0));
        var device = stored with { SeedBase32 = sealer.Open(stored.SeedBase32) };
        return reader.IsDBNull(1) ? device : device with { LastUsedStep = reader.GetInt64(1) };
    }
}
