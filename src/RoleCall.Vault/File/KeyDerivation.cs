using System.Text;
using Konscious.Security.Cryptography;

namespace RoleCall.Vault.File;

/// <summary>Passphrase -> 256-bit AES key with Argon2id (Konscious.Security.Cryptography.Argon2).</summary>
public static class KeyDerivation
{
    public const int KeyBytes = 32;

    public static byte[] Derive(string passphrase, KdfParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentNullException.ThrowIfNull(parameters);
        var secret = Encoding.UTF8.GetBytes(passphrase);
        try
        {
            using var argon = new Argon2id(secret)
            {
                Salt = parameters.Salt,
                MemorySize = parameters.MemoryKiB,
                Iterations = parameters.Iterations,
                DegreeOfParallelism = parameters.Parallelism,
            };
            return argon.GetBytes(KeyBytes);
        }
        finally
        {
            Array.Clear(secret);
        }
    }
}
