using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.SigV2;

/// <summary>
/// S3's legacy signature version 2 in the query string (`?AWSAccessKeyId=..&amp;Expires=..&amp;Signature=..`),
/// which the AWS CLI v1's `s3 presign` still produces. The string to sign is
/// `VERB\nContent-MD5\nContent-Type\nExpires\n` + the `x-amz-*` headers + the canonical resource (the
/// path-style path as sent, plus the sub-resources of the query, sorted); the signature is base64 HMAC-SHA1.
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth
/// </summary>
public static class S3QueryAuthV2
{
    // The query parameters that belong to the canonical resource (botocore's S3_SIGNING_NAMES + response overrides).
    private static readonly string[] SubResources =
    [
        "acl", "cors", "delete", "lifecycle", "location", "logging", "notification", "partNumber", "policy", "requestPayment",
        "response-cache-control", "response-content-disposition", "response-content-encoding", "response-content-language",
        "response-content-type", "response-expires", "restore", "tagging", "torrent", "uploadId", "uploads", "versionId",
        "versioning", "versions", "website",
    ];

    /// <summary>True when the query carries a version-2 signature (and no SigV4 one).</summary>
    public static bool IsPresent(string rawQuery) =>
        rawQuery.Contains("AWSAccessKeyId=", StringComparison.Ordinal) && rawQuery.Contains("Signature=", StringComparison.Ordinal)
        && !rawQuery.Contains("X-Amz-Algorithm=", StringComparison.Ordinal);

    /// <summary>The canonical resource: <paramref name="pathStylePath"/> (encoded as sent) and the sub-resources, sorted.</summary>
    public static string CanonicalResource(string pathStylePath, IReadOnlyDictionary<string, string> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = SubResources.Where(query.ContainsKey).Order(StringComparer.Ordinal)
            .Select(name => query[name].Length == 0 ? name : $"{name}={query[name]}").ToList();
        return parts.Count == 0 ? pathStylePath : pathStylePath + "?" + string.Join('&', parts);
    }

    public static string StringToSign(string method, string? contentMd5, string? contentType, string expires, IEnumerable<KeyValuePair<string, string>> amzHeaders, string resource)
    {
        var text = new StringBuilder().Append(method).Append('\n').Append(contentMd5).Append('\n').Append(contentType).Append('\n').Append(expires).Append('\n');
        foreach (var (name, value) in amzHeaders.Select(h => KeyValuePair.Create(h.Key.ToLowerInvariant(), h.Value.Trim())).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        return text.Append(resource).ToString();
    }

    public static bool Verify(string secretAccessKey, string stringToSign, string claimedSignature)
    {
        // HMAC-SHA1 is what signature version 2 is defined with; RoleCall only verifies it, for compatibility.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(secretAccessKey));
        hmac.AppendData(Encoding.UTF8.GetBytes(stringToSign));
        var actual = Convert.ToBase64String(hmac.GetHashAndReset());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(claimedSignature));
    }

    /// <summary>The expiry as Unix seconds, or null when it is not a number.</summary>
    public static DateTimeOffset? Expires(IReadOnlyDictionary<string, string> query) =>
        query.TryGetValue("Expires", out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Decoded query parameters (a helper so callers need not know the form codec).</summary>
    public static Dictionary<string, string> Parameters(string rawQuery) => FormCodec.Parse(rawQuery);
}
