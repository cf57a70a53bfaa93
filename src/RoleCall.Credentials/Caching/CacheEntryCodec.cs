using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// The content of a cache file, as botocore's JSONFileCache writes it: the whole AssumeRole response
/// (Credentials with AccountId, AssumedRoleUser, ResponseMetadata). Reading accepts what every AWS CLI
/// version wrote: an Expiration ending in Z, +00:00 or UTC, with or without fractional seconds.
/// </summary>
internal static class CacheEntryCodec
{
    public static string Write(StsSession session)
    {
        var credentials = session.Credentials;
        var creds = new List<KeyValuePair<string, object>>
        {
            new("AccessKeyId", credentials.AccessKeyId),
            new("SecretAccessKey", credentials.SecretAccessKey),
        };
        if (credentials.SessionToken is { } token)
        {
            creds.Add(new("SessionToken", token));
        }

        if (credentials.Expiration is { } expiration)
        {
            creds.Add(new("Expiration", Export.PythonIsoTime.CacheFormat(expiration)));
        }

        if (credentials.AccountId is { } account)
        {
            creds.Add(new("AccountId", account));
        }

        if (session.ProviderType is { } provider)
        {
            // botocore's SSOCredentialFetcher writes exactly these two members.
            return PythonJson.Dumps([new("ProviderType", provider), new("Credentials", creds)]);
        }

        var root = new List<KeyValuePair<string, object>> { new("Credentials", creds) };
        if (session.AssumedRoleArn is { } arn)
        {
            root.Add(new("AssumedRoleUser", new List<KeyValuePair<string, object>>
            {
                new("AssumedRoleId", session.AssumedRoleId ?? string.Empty),
                new("Arn", arn),
            }));
        }

        if (session.PackedPolicySize is { } packed)
        {
            root.Add(new("PackedPolicySize", packed));
        }

        if (session.SourceIdentity is { } sourceIdentity)
        {
            root.Add(new("SourceIdentity", sourceIdentity));
        }

        root.Add(new("ResponseMetadata", new List<KeyValuePair<string, object>>
        {
            new("RequestId", session.RequestId ?? string.Empty),
            new("HTTPStatusCode", 200),
            new("HTTPHeaders", new List<KeyValuePair<string, object>>()),
            new("RetryAttempts", 0),
        }));
        return PythonJson.Dumps(root);
    }

    /// <summary>The session in a cache file's text, or null when the text is not a usable entry.</summary>
    public static StsSession? TryRead(string text)
    {
        Dictionary<string, object?> root;
        try
        {
            if (CacheJsonReader.Parse(text) is not Dictionary<string, object?> parsed)
            {
                return null;
            }

            root = parsed;
        }
        catch (FormatException)
        {
            return null;
        }

        if (!root.TryGetValue("Credentials", out var credsValue) || credsValue is not Dictionary<string, object?> creds
            || String(creds, "AccessKeyId") is not { } keyId
            || String(creds, "SecretAccessKey") is not { } secret
            || String(creds, "Expiration") is not { } expirationText
            || ParseExpiration(expirationText) is not { } expiration)
        {
            return null;
        }

        string? arn = null, roleId = null;
        if (root.TryGetValue("AssumedRoleUser", out var userValue) && userValue is Dictionary<string, object?> user)
        {
            arn = String(user, "Arn");
            roleId = String(user, "AssumedRoleId");
        }

        // Older writers leave AccountId out; the assumed-role ARN carries it.
        var account = String(creds, "AccountId") ?? (Arn.TryParse(arn, out var parsedArn) ? parsedArn.Value.Account : null);
        var credentials = new AwsCredentials(keyId, secret, String(creds, "SessionToken"), expiration, account);
        return new StsSession(credentials, arn, roleId, RequestId: null);
    }

    /// <summary>ISO 8601 in the spellings botocore and the AWS CLI v2 have written (see <see cref="IsoTimestamp"/>).</summary>
    public static DateTimeOffset? ParseExpiration(string text) => IsoTimestamp.TryParse(text);

    private static string? String(Dictionary<string, object?> element, string name) =>
        element.TryGetValue(name, out var value) ? value as string : null;
}
