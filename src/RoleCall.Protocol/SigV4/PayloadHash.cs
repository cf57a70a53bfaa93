using System.Security.Cryptography;

namespace RoleCall.Protocol.SigV4;

/// <summary>The payload hash SigV4 signs: lower-case hex SHA-256 of the body.</summary>
public static class PayloadHash
{
    public static string Of(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return SigV4Constants.EmptyPayloadHash;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return Convert.ToHexStringLower(hash);
    }
}
