using RoleCall.Testing;
using RoleCall.Vault.File;

namespace RoleCall.Vault.Tests.File;

public sealed class KeyDerivationTests
{
    [Fact]
    public void Should_derive_the_same_key_for_the_same_passphrase_and_salt_and_another_for_another()
    {
        var kdf = KdfParameters.NewDefault();
        var key = KeyDerivation.Derive("correct horse", kdf);
        Assert.Equal(32, key.Length);
        Assert.Equal(key, KeyDerivation.Derive("correct horse", kdf));
        Assert.NotEqual(key, KeyDerivation.Derive("correct horsf", kdf));
        Assert.NotEqual(key, KeyDerivation.Derive("correct horse", kdf with { Salt = KdfParameters.NewDefault().Salt }));
    }

    [Fact]
    public void Should_default_to_at_least_64_MiB_and_3_passes()
    {
        var kdf = KdfParameters.NewDefault();
        Assert.True(kdf.MemoryKiB >= 65536);
        Assert.True(kdf.Iterations >= 3);
        Assert.True(kdf.IsStrongEnough);
        Assert.False((kdf with { MemoryKiB = 32768 }).IsStrongEnough);
    }

    [Fact]
    public void Should_compute_the_same_argon2id_as_python_cryptography()
    {
        // An independent judge (the `cryptography` package's Argon2id, OpenSSL underneath) at the vault's real cost.
        var kdf = new KdfParameters(65536, 3, 2, "somesaltsomesalt"u8.ToArray());
        const string Script = "from cryptography.hazmat.primitives.kdf.argon2 import Argon2id\n"
            + "print(Argon2id(salt=b'somesaltsomesalt', length=32, iterations=3, lanes=2, memory_cost=65536).derive(b'pass phrase \\xc3\\xa9').hex())";
        var expected = Peers.Run("python3", ["-c", Script]).Trim();
        Assert.Equal(expected, Convert.ToHexStringLower(KeyDerivation.Derive("pass phrase \u00e9", kdf)));
    }
}
