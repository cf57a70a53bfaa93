using System.Text;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// The AWS CLI's cache file name for a role profile, so each tool finds what the other cached: the SHA-1
/// hex of <c>json.dumps(args, sort_keys=True)</c> where args are RoleArn plus, when configured,
/// RoleSessionName, ExternalId, SerialNumber and DurationSeconds (botocore's
/// AssumeRoleCredentialFetcher._create_cache_key). Source credentials and profile name are not in it.
/// </summary>
public static class AssumeRoleCacheKey
{
    public static string For(AssumeRoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<KeyValuePair<string, object>> { new("RoleArn", options.RoleArn) };
        Add(args, "RoleSessionName", options.SessionName);
        Add(args, "ExternalId", options.ExternalId);
        Add(args, "SerialNumber", options.MfaSerial);
        if (options.DurationSeconds is { } duration)
        {
            args.Add(new("DurationSeconds", duration));
        }

        return Sha1Hex(PythonJson.Dumps(args, sortKeys: true));
    }

    /// <summary>
    /// RoleCall's own key for a GetSessionToken session (the AWS CLI has none): the same scheme over the
    /// long-term keys (their key ID, or the vault profile that holds them), serial and duration. It never
    /// collides with an assume-role key, which always has RoleArn.
    /// </summary>
    public static string ForSessionToken(SessionTokenKey keys, string? serialNumber, int? durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new List<KeyValuePair<string, object>> { new(keys.Field, keys.Value) };
        Add(args, "SerialNumber", serialNumber);
        if (durationSeconds is { } duration)
        {
            args.Add(new("DurationSeconds", duration));
        }

        return Sha1Hex(PythonJson.Dumps(args, sortKeys: true));
    }

    internal static string Sha1Hex(string text)
    {
        // SHA-1 is the AWS CLI's choice for a file name, not a security boundary (managed: see Sha1).
        return Sha1.HashHex(Encoding.UTF8.GetBytes(text));
    }

    private static void Add(List<KeyValuePair<string, object>> args, string name, string? value)
    {
        if (value is not null)
        {
            args.Add(new(name, value));
        }
    }
}
