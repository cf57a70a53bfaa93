using RoleCall.S3;

namespace RoleCall.Server.S3;

/// <summary>
/// Reads the small XML or JSON bodies of configuration calls (policy, tagging, delete lists) whole, up to a
/// cap, and checks the signed payload hash and Content-MD5 against them.
/// </summary>
internal static class SmallBodies
{
    private const int MaxBytes = 2 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(S3Exchange x)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await x.Request.Body.ReadAsync(buffer, x.Aborted)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                throw S3Errors.InvalidRequest("The request body is too large for this operation.");
            }

            copy.Write(buffer, 0, read);
        }

        var body = copy.ToArray();
        if (PayloadModes.IsHash(x.PayloadHash))
        {
            var computed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
            if (computed != x.PayloadHash)
            {
                throw S3Errors.ContentSha256Mismatch(x.PayloadHash, computed);
            }
        }

        if (x.Header("Content-MD5") is { } md5)
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.MD5);
            hash.AppendData(body);
            var computed = Convert.ToBase64String(hash.GetHashAndReset());
            if (computed != md5)
            {
                throw S3Errors.BadDigest(md5, computed);
            }
        }

        return body;
    }
}
