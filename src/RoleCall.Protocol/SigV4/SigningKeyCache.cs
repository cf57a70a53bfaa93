using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Derives SigV4 signing keys (HMAC chain over date, region, service, `aws4_request`) and keeps them per
/// secret and scope: a key is valid for a whole day, so a server verifying many requests from one caller
/// computes the chain once instead of four extra HMACs per request. Thread-safe; bounded.
/// </summary>
public sealed class SigningKeyCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<Entry, byte[]> _keys = new();

    /// <summary>One cache for the process: keys are pure functions of their inputs, so sharing is safe.</summary>
    public static SigningKeyCache Shared { get; } = new();

    /// <summary>The 32-byte signing key for <paramref name="secretAccessKey"/> in <paramref name="scope"/>.</summary>
    public byte[] GetKey(string secretAccessKey, CredentialScope scope)
    {
        var entry = new Entry(secretAccessKey, scope);
        if (_keys.TryGetValue(entry, out var key))
        {
            return key;
        }

        if (_keys.Count >= MaxEntries)
        {
            // Keys are cheap to derive again; dropping them all keeps the bound without LRU bookkeeping.
            _keys.Clear();
        }

        key = Derive(secretAccessKey, scope);
        _keys[entry] = key;
        return key;
    }

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] Derive(string secretAccessKey, CredentialScope scope)
    {
        var secret = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        var key = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(scope.Date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(scope.Region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(scope.Service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }

    // The secret is part of the key, so ToString must never print it. A class, not a struct: the dictionary
    // then runs on the framework's precompiled shared code instead of being compiled at a CLI's start-up.
    private sealed record Entry(string Secret, CredentialScope Scope)
    {
        public override string ToString() => Scope.ToString();
    }
}
