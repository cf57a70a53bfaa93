using System.Buffers.Text;
using System.Security.Cryptography;

namespace RoleCall.Web.Sessions;

/// <summary>
/// Seals the console's state into cookie values with AES-256-GCM: the browser can neither read nor alter
/// them, and any process that derives the same key (every replica sharing the store, or the same server after
/// a restart: <see cref="Iam.Store.IIamStore.DeriveKey"/>) opens them. The purpose (which cookie) is
/// authenticated too, so a value sealed for one cookie is refused as another. A value is
/// base64url(nonce | tag | ciphertext).
/// </summary>
internal sealed class CookieSealer : IDisposable
{
    /// <summary>What the key is derived for; a new format gets a new purpose, so old cookies simply stop opening.</summary>
    public const string KeyPurpose = "rolecall console cookies v1";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    // AesGcm instances are not documented as thread-safe: one per thread, each with the same key.
    private readonly ThreadLocal<AesGcm> aes;

    public CookieSealer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = (byte[])key.Clone();
        aes = new ThreadLocal<AesGcm>(() => new AesGcm(copy, TagBytes), trackAllValues: true);
    }

    public string Seal(string purpose, ReadOnlySpan<byte> plain)
    {
        var output = new byte[NonceBytes + TagBytes + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceBytes));
        aes.Value!.Encrypt(output.AsSpan(0, NonceBytes), plain, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes),
            System.Text.Encoding.ASCII.GetBytes(purpose));
        return Base64Url.EncodeToString(output);
    }

    /// <summary>The plaintext, or null for anything this key did not seal for this purpose (tampered, foreign, truncated).</summary>
    public byte[]? Open(string purpose, string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 8192)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            if (bytes.Length < NonceBytes + TagBytes)
            {
                return null;
            }

            var plain = new byte[bytes.Length - NonceBytes - TagBytes];
            aes.Value!.Decrypt(bytes.AsSpan(0, NonceBytes), bytes.AsSpan(NonceBytes + TagBytes), bytes.AsSpan(NonceBytes, TagBytes), plain,
                System.Text.Encoding.ASCII.GetBytes(purpose));
            return plain;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
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
