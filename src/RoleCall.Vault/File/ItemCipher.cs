using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoleCall.Vault.File;

/// <summary>
/// The sealed form of one item: "RCVI", a format version byte, a 2-byte header length, the plain header (JSON:
/// name, masked key ID, update time, for `vault list` without a passphrase), then a 12-byte nonce, the 16-byte
/// GCM tag and the AES-256-GCM ciphertext. Everything before the nonce is associated data, so a header that
/// was edited, or an item copied under another name, fails to open.
/// </summary>
public static class ItemCipher
{
    public const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Magic = "RCVI"u8.ToArray();

    public static byte[] Seal(byte[] key, byte[] header, byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(plaintext);
        var prefix = Prefix(header);
        var output = new byte[prefix.Length + NonceBytes + TagBytes + plaintext.Length];
        prefix.CopyTo(output, 0);
        var nonce = output.AsSpan(prefix.Length, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, output.AsSpan(prefix.Length + NonceBytes + TagBytes), output.AsSpan(prefix.Length + NonceBytes, TagBytes), prefix);
        return output;
    }

    /// <summary>The plain header, or null when the bytes are not a sealed item of a known version.</summary>
    public static byte[]? Header(ReadOnlySpan<byte> sealedItem, out int version)
    {
        version = 0;
        if (sealedItem.Length < Magic.Length + 3 || !sealedItem[..Magic.Length].SequenceEqual(Magic))
        {
            return null;
        }

        version = sealedItem[4];
        var length = BinaryPrimitives.ReadUInt16BigEndian(sealedItem[5..]);
        return sealedItem.Length < 7 + length + NonceBytes + TagBytes ? null : sealedItem.Slice(7, length).ToArray();
    }

    /// <summary>The plaintext; a <see cref="CryptographicException"/> when the tag does not verify.</summary>
    public static byte[] Open(byte[] key, ReadOnlySpan<byte> sealedItem)
    {
        var header = Header(sealedItem, out _) ?? throw new CryptographicException("not a sealed item");
        var prefixLength = 7 + header.Length;
        var body = sealedItem[(prefixLength + NonceBytes + TagBytes)..];
        var plaintext = new byte[body.Length];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedItem.Slice(prefixLength, NonceBytes), body, sealedItem.Slice(prefixLength + NonceBytes, TagBytes), plaintext, sealedItem[..prefixLength]);
        return plaintext;
    }

    private static byte[] Prefix(byte[] header)
    {
        var prefix = new byte[7 + header.Length];
        Magic.CopyTo(prefix, 0);
        prefix[4] = Version;
        BinaryPrimitives.WriteUInt16BigEndian(prefix.AsSpan(5), checked((ushort)header.Length));
        header.CopyTo(prefix, 7);
        return prefix;
    }
}
