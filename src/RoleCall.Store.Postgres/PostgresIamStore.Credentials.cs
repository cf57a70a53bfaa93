using Npgsql;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>Access keys and virtual MFA devices, secrets sealed (STS sessions: PostgresIamStore.Sessions.cs).</summary>
public sealed partial class PostgresIamStore
{
    public void AddAccessKey(AccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Change(s => s.Run("INSERT INTO iam_access_keys (access_key_id, account_id, user_id, data) VALUES (@id, @a, @u, @d);",
            ("id", key.AccessKeyId), ("a", key.AccountId), ("u", key.UserId), ("d", StoredRecordJson.Serialize(Sealed(key)))));
    }

    public AccessKey? FindAccessKey(string accessKeyId) => cache.Get("k\n" + accessKeyId, () => db.Read(s =>
        s.One("SELECT data FROM iam_access_keys WHERE access_key_id = @id;", ReadAccessKey, ("id", accessKeyId))));

    public IReadOnlyList<AccessKey> ListAccessKeys(string accountId, string? userId) => db.Read(s => s.Rows(
        "SELECT data FROM iam_access_keys WHERE account_id = @a AND user_id IS NOT DISTINCT FROM @u::text;",
        ReadAccessKey, ("a", accountId), ("u", userId))
        .OrderBy(k => k.CreateDate).ThenBy(k => k.AccessKeyId, StringComparer.Ordinal).ToList());

    public void SaveAccessKey(AccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Change(s => s.Run("UPDATE iam_access_keys SET data = @d WHERE access_key_id = @id;", ("id", key.AccessKeyId), ("d", StoredRecordJson.Serialize(Sealed(key)))));
    }

    public void DeleteAccessKey(string accessKeyId) =>
        Change(s => s.Run("DELETE FROM iam_access_keys WHERE access_key_id = @id;", ("id", accessKeyId)));

    public bool TryAddMfaDevice(MfaDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return db.Write(s => s.Run("INSERT INTO iam_mfa_devices (serial, account_id, last_step, data) VALUES (@s, @a, @l::bigint, @d) ON CONFLICT DO NOTHING;",
            ("s", device.SerialNumber), ("a", device.AccountId), ("l", device.LastUsedStep), ("d", StoredRecordJson.Serialize(Sealed(device)))) == 1);
    }

    public MfaDevice? FindMfaDevice(string serialNumber) => db.Read(s =>
        s.One("SELECT data, last_step FROM iam_mfa_devices WHERE serial = @s;", ReadMfa, ("s", serialNumber)));

    public void SaveMfaDevice(MfaDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);

        // last_step only moves forward, also when a stale record is saved after a concurrent TryUseMfaStep.
        db.Write(s => s.Run("UPDATE iam_mfa_devices SET data = @d, last_step = greatest(coalesce(last_step, -1), coalesce(@l::bigint, -1)) WHERE serial = @s;",
            ("s", device.SerialNumber), ("d", StoredRecordJson.Serialize(Sealed(device))), ("l", device.LastUsedStep)));
    }

    public void DeleteMfaDevice(string serialNumber) =>
        db.Write(s => s.Run("DELETE FROM iam_mfa_devices WHERE serial = @s;", ("s", serialNumber)));

    public IReadOnlyList<MfaDevice> ListMfaDevices(string accountId) => db.Read(s =>
        s.Rows("SELECT data, last_step FROM iam_mfa_devices WHERE account_id = @a ORDER BY serial COLLATE \"C\";", ReadMfa, ("a", accountId)));

    /// <summary>
    /// One conditional UPDATE: under READ COMMITTED a second writer waits for the first's row lock and then
    /// re-evaluates the WHERE clause against the committed row, so of two replicas accepting the same code
    /// exactly one updates a row.
    /// </summary>
    public bool TryUseMfaStep(string serialNumber, long timeStep) => db.Execute(
        "UPDATE iam_mfa_devices SET last_step = @l WHERE serial = @s AND (last_step IS NULL OR last_step < @l);",
        ("s", serialNumber), ("l", timeStep)) == 1;

    private AccessKey Sealed(AccessKey key) => key with { SecretAccessKey = sealer.Seal(key.SecretAccessKey) };

    private AccessKey ReadAccessKey(NpgsqlDataReader reader)
    {
        var stored = StoredRecordJson.Deserialize<AccessKey>(reader.GetString(0));
        return stored with { SecretAccessKey = sealer.Open(stored.SecretAccessKey) };
    }

    private MfaDevice Sealed(MfaDevice device) => device with { SeedBase32 = sealer.Seal(device.SeedBase32) };

    private MfaDevice ReadMfa(NpgsqlDataReader reader)
    {
        var stored = StoredRecordJson.Deserialize<MfaDevice>(reader.GetString(0));
        var device = stored with { SeedBase32 = sealer.Open(stored.SeedBase32) };
        return reader.IsDBNull(1) ? device : device with { LastUsedStep = reader.GetInt64(1) };
    }
}
