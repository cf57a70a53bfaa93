using System.Security.Cryptography;

namespace RoleCall.Core.Crypto;

/// <summary>
/// AES-256-GCM with a random 12-byte nonce, in the one layout every sealed value of RoleCall uses:
/// nonce | 16-byte tag | ciphertext. The stores' secrets and the console's cookies differ only in how they
/// encode the box and what they bind to it (the associated data).
/// </summary>
public sealed class AesGcmBox : IDisposable
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    // AesGcm instances are not documented as thread-safe: one per thread, each with the same key.
    private readonly ThreadLocal<AesGcm> aes;

    public AesGcmBox(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = (byte[])key.Clone();
        aes = new ThreadLocal<AesGcm>(() => new AesGcm(copy, TagBytes), trackAllValues: true);
    }

    public byte[] Seal(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> associated = default)
    {
        var output = new byte[NonceBytes + TagBytes + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceBytes));
        aes.Value!.Encrypt(output.AsSpan(0, NonceBytes), plain, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes), associated);
        return output;
    }

    /// <summary>The plaintext, or null for a box this key did not seal with this associated data (tampered, foreign, truncated).</summary>
    public byte[]? Open(ReadOnlySpan<byte> sealedBox, ReadOnlySpan<byte> associated = default)
    {
        if (sealedBox.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var plain = new byte[sealedBox.Length - NonceBytes - TagBytes];
        try
        {
            aes.Value!.Decrypt(sealedBox[..NonceBytes], sealedBox[(NonceBytes + TagBytes)..], sealedBox.Slice(NonceBytes, TagBytes), plain, associated);
            return plain;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var instance in aes.Values)
        {
            instance.Dispose();
        }

        aes.Dispose();
    }
}
