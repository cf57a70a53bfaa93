using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// Issue 17, item 5: the data directory was 0755 and rolecall.db 0644, with every secret access key in plain
/// JSON inside. Now the directory is 0700, its files 0600 whatever the umask, and the secrets are sealed
/// with DIR/rolecall.key, so the database files alone reveal none.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataAtRestTests : IDisposable
{
    private const string RootSecret = "wJalrXUtnFEMIK7MDENGbPxRfiCYSECRETROOTKEY";
    private const string Seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPMFASEEDS";
    private const string SessionSecret = "sessionSecretThatMustNotLeak0123456789ab";
    private const string SessionToken = "RCSTsessionTokenThatMustNotLeakEither0123456789";

    private readonly TempDirectory parent = new();

    private string Data => Path.Combine(parent.Path, "data");

    public void Dispose() => parent.Dispose();

    [Fact]
    public void Should_create_the_directory_0700_and_every_file_0600_even_under_umask_000()
    {
        var previous = Umask(0);
        try
        {
            using var store = SqliteIamStore.Open(Data);
            Fill(store);

            // Every store of serve's data directory, not only IAM's.
            using var s3 = S3.SqliteS3Store.Open(Data);
            using var ec2 = Ec2.SqliteEc2Store.Open(Data);
            using var identityCenter = IdentityCenter.SqliteIdentityCenterStore.Open(Data);
        }
        finally
        {
            Assert.Equal(0u, Umask(previous));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Data));
        var files = Directory.GetFiles(Data);
        Assert.Contains(Path.Combine(Data, "rolecall.key"), files);
        Assert.All(new[] { "sessions.db", "sessions-2.db", "s3.db", "ec2.db", "identitycenter.db" }, name => Assert.Contains(Path.Combine(Data, name), files));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{f} is {File.GetUnixFileMode(f)}"));
    }

    [Fact]
    public void Should_keep_no_secret_in_plain_text_in_the_database_files_and_read_them_back()
    {
        using (var store = SqliteIamStore.Open(Data))
        {
            Fill(store);
            AssertNoSecretOnDisk();
        }

        AssertNoSecretOnDisk();
        using var reopened = SqliteIamStore.Open(Data);
        AssertReadable(reopened);
    }

    [Fact]
    public void Should_tighten_and_seal_a_data_directory_an_older_rolecall_wrote()
    {
        using (var store = SqliteIamStore.Open(Data))
        {
            Fill(store);
        }

        MakeLegacy();
        Assert.Contains(RootSecret, ReadDataFiles(), StringComparison.Ordinal);

        using (var migrated = SqliteIamStore.Open(Data))
        {
            AssertReadable(migrated);
        }

        AssertNoSecretOnDisk();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Data));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Data, "rolecall.db")));
    }

    [Fact]
    public void Should_refuse_to_open_with_a_key_file_that_is_not_the_one_it_was_sealed_with()
    {
        using (var store = SqliteIamStore.Open(Data))
        {
            Fill(store);
        }

        SqliteConnection.ClearAllPools();
        File.WriteAllBytes(Path.Combine(Data, "rolecall.key"), new byte[32]);

        var error = Assert.Throws<InvalidDataException>(() => SqliteIamStore.Open(Data));
        Assert.Contains("rolecall.key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RootSecret, error.Message, StringComparison.Ordinal);
    }

    private static void Fill(SqliteIamStore store)
    {
        store.TryAddAccount(new IamAccount(Samples.Account, Samples.Time));
        store.AddAccessKey(new AccessKey("AKIAROOTKEY000000001", Samples.Account, null, RootSecret, Samples.Time));
        store.TryAddMfaDevice(new MfaDevice($"arn:aws:iam::{Samples.Account}:mfa/alice", Samples.Account, "alice", "/", Seed, Samples.Time));
        store.AddSession(new TemporarySession("ASIASESSION000000001", SessionSecret, SessionToken,
            new Caller(PrincipalKind.AssumedRole, Samples.Account, "arn:aws:sts::123456789012:assumed-role/r/s", "AROAX:s", "ASIASESSION000000001",
                new SessionContext(Samples.Time, Samples.Time.AddYears(50), false, RoleArn: "arn:aws:iam::123456789012:role/r"))));
    }

    private static void AssertReadable(SqliteIamStore store)
    {
        Assert.Equal(RootSecret, store.FindAccessKey("AKIAROOTKEY000000001")!.SecretAccessKey);
        Assert.Equal(RootSecret, Assert.Single(store.ListAccessKeys(Samples.Account, null)).SecretAccessKey);
        Assert.Equal(Seed, store.FindMfaDevice($"arn:aws:iam::{Samples.Account}:mfa/alice")!.SeedBase32);
        var session = store.FindSession("ASIASESSION000000001")!;
        Assert.Equal((SessionSecret, SessionToken), (session.SecretAccessKey, session.SessionToken));
    }

    private void AssertNoSecretOnDisk()
    {
        var content = ReadDataFiles();
        foreach (var secret in (string[])[RootSecret, Seed, SessionSecret, SessionToken])
        {
            Assert.DoesNotContain(secret, content, StringComparison.Ordinal);
        }
    }

    /// <summary>Every database file (db, -wal, -shm) as Latin-1 text, shared-read so the open store is not disturbed.</summary>
    private string ReadDataFiles()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Data).Where(f => !f.EndsWith(".key", StringComparison.Ordinal)))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    /// <summary>What RoleCall wrote before this issue: plaintext secrets, no key file, 0755 and 0644.</summary>
    private void MakeLegacy()
    {
        SqliteConnection.ClearAllPools();
        Unseal("rolecall.db", "access_keys", "access_key_id", ("SecretAccessKey", RootSecret));
        Unseal("rolecall.db", "mfa_devices", "serial", ("SeedBase32", Seed));
        Unseal("sessions.db", "sessions", "access_key_id", ("SecretAccessKey", SessionSecret), ("SessionToken", SessionToken));
        SqliteConnection.ClearAllPools();
        File.Delete(Path.Combine(Data, "rolecall.key"));
        File.SetUnixFileMode(Data, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.GetFiles(Data))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }
    }

    /// <summary>Puts the plaintext back into the single row of a table, as an older RoleCall stored it.</summary>
    private void Unseal(string file, string table, string keyColumn, params (string Field, string Plain)[] fields)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Data, file)};Pooling=False");
        connection.Open();
        string key, json;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT {keyColumn}, data FROM {table};";
            using var reader = read.ExecuteReader();
            Assert.True(reader.Read());
            (key, json) = (reader.GetString(0), reader.GetString(1));
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var (field, plain) in fields)
        {
            Assert.StartsWith("sealed:v1:", node[field]!.GetValue<string>(), StringComparison.Ordinal);
            node[field] = plain;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {table} SET data = $d WHERE {keyColumn} = $k;";
        command.Parameters.AddWithValue("$d", node.ToJsonString());
        command.Parameters.AddWithValue("$k", key);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    // DllImport rather than LibraryImport: a blittable uint -> uint call, and no AllowUnsafeBlocks for tests.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint Umask(uint mask);
#pragma warning restore SYSLIB1054
}
