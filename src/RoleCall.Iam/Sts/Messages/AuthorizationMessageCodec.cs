using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoleCall.Iam.Authorization;

namespace RoleCall.Iam.Sts.Messages;

/// <summary>
/// Encoded authorization messages, as AWS hands them out with some denials and DecodeAuthorizationMessage
/// reads back: the decision's details as JSON, encrypted and authenticated (AES-GCM) with a key that lives
/// as long as the server process, so only this server can decode its own messages.
/// </summary>
internal static class AuthorizationMessageCodec
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static string Encode(AuthorizationExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var plain = Encoding.UTF8.GetBytes(ToJson(explanation));
        var output = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key, TagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes));
        return Convert.ToBase64String(output);
    }

    /// <summary>The decoded JSON, or null when the message is not one this server encoded (or was altered).</summary>
    public static string? Decode(string encoded)
    {
        Span<byte> buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var length) || length < NonceBytes + TagBytes)
        {
            return null;
        }

        var data = buffer[..length];
        var plain = new byte[length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(Key, TagBytes);
            aes.Decrypt(data[..NonceBytes], data[(NonceBytes + TagBytes)..], data.Slice(NonceBytes, TagBytes), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>AWS names the principal by `id` (aws:userid), `name` (aws:username, users only) and `arn`, in that order.</summary>
    private static Dictionary<string, string> Principal(AuthorizationExplanation e)
    {
        var principal = new Dictionary<string, string>();
        foreach (var (key, field) in (ReadOnlySpan<(string, string)>)[("aws:userid", "id"), ("aws:username", "name")])
        {
            if (e.Conditions.FirstOrDefault(c => c.Key == key).Value is [var value])
            {
                principal[field] = value;
            }
        }

        principal["arn"] = e.PrincipalArn;
        return principal;
    }

    /// <summary>
    /// The shape of AWS's decoded messages: allowed, explicitDeny, matchedStatements, failures, and the context
    /// (principal, action, resource, conditions as `{"items":[{"key":K,"values":{"items":[{"value":V}]}}]}`).
    /// </summary>
    private static string ToJson(AuthorizationExplanation e) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["allowed"] = e.Decision == "Allow",
        ["explicitDeny"] = e.Decision == "ExplicitDeny",
        ["matchedStatements"] = new Dictionary<string, object> { ["items"] = e.DecidingStatements },
        ["failures"] = new Dictionary<string, object> { ["items"] = e.Errors },
        ["context"] = new Dictionary<string, object>
        {
            ["principal"] = Principal(e),
            ["action"] = e.Action,
            ["resource"] = e.Resource,
            ["conditions"] = new Dictionary<string, object>
            {
                ["items"] = e.Conditions.Select(c => new Dictionary<string, object>
                {
                    ["key"] = c.Key,
                    ["values"] = new Dictionary<string, object> { ["items"] = c.Value.Select(v => new Dictionary<string, string> { ["value"] = v }).ToList() },
                }).ToList(),
            },
        },
    });
}
