using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres;

/// <summary>
/// At start: the first replica seals a probe value into `rolecall_secret_check`; every later one must open it,
/// or it refuses to start, naming the fix (all replicas share one key file).
/// </summary>
internal static class SecretCheck
{
    private const string Probe = "rolecall-store-key-check";

    public static void Verify(PostgresDatabase db, PostgresSecretSealer sealer)
    {
        db.Write(s => s.Run("INSERT INTO rolecall_secret_check (id, sealed) VALUES (1, @v) ON CONFLICT DO NOTHING;", ("v", sealer.Seal(Probe))));
        var stored = db.Read(s => s.One("SELECT sealed FROM rolecall_secret_check WHERE id = 1;", r => r.GetString(0)))!;
        if (sealer.TryOpen(stored) != Probe)
        {
            throw new ConfigurationException(
                $"serve: the store key does not open the secrets of {db.Location}: this replica's key file is not the one the database was first used with",
                "copy the key file of the first replica (default ~/.rolecall/postgres.key) here, or point ROLECALL_STORE_KEY_FILE at it");
        }
    }
}
