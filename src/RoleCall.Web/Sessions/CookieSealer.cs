using System.Buffers.Text;
using RoleCall.Core.Crypto;

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

    private readonly AesGcmBox box;

    public CookieSealer(byte[] key) => box = new AesGcmBox(key);

    public string Seal(string purpose, ReadOnlySpan<byte> plain) =>
        Base64Url.EncodeToString(box.Seal(plain, System.Text.Encoding.ASCII.GetBytes(purpose)));

    /// <summary>The plaintext, or null for anything this key did not seal for this purpose (tampered, foreign, truncated).</summary>
    public byte[]? Open(string purpose, string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 8192)
        {
            return null;
        }

        try
        {
            return box.Open(Base64Url.DecodeFromChars(text), System.Text.Encoding.ASCII.GetBytes(purpose));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void Dispose() => box.Dispose();
}
