using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// `~/.aws/sso/cache`, shared with the AWS CLI v2 in both directions: the file name is the SHA-1 of the
/// sso-session name (or, for a legacy profile, of the start URL), the fields and timestamp form are
/// botocore's (`2026-12-06T10:00:00Z`). Writes are atomic and 0600; a file that does not parse is reported
/// and treated as absent, so a tampered cache means "log in again", never a crash.
/// </summary>
public sealed class SsoTokenCache(string directory, Action<string> warn)
{
    public string Directory { get; } = directory;

    public static string KeyFor(string? sessionName, string startUrl) =>
        Sha1.HashHex(Encoding.UTF8.GetBytes(sessionName ?? startUrl));

    public string PathFor(string key) => Path.Combine(Directory, key + ".json");

    public SsoToken? TryRead(string key)
    {
        var path = PathFor(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && Text(root, "startUrl") is { } startUrl && Text(root, "region") is { } region
                && Text(root, "accessToken") is { } accessToken && Time(Text(root, "expiresAt")) is { } expiresAt)
            {
                return new SsoToken(startUrl, region, accessToken, expiresAt)
                {
                    ClientId = Text(root, "clientId"),
                    ClientSecret = Text(root, "clientSecret"),
                    RegistrationExpiresAt = Time(Text(root, "registrationExpiresAt")),
                    RefreshToken = Text(root, "refreshToken"),
                };
            }
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // reported below, as a file missing a required member is
        }

        warn($"ignoring the SSO token cache file {path}: it is not a token the AWS CLI or rolecall wrote");
        return null;
    }

    public void Write(string key, SsoToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("startUrl", token.StartUrl);
            json.WriteString("region", token.Region);
            json.WriteString("accessToken", token.AccessToken);
            json.WriteString("expiresAt", Format(token.ExpiresAt));
            WriteOptional(json, "clientId", token.ClientId);
            WriteOptional(json, "clientSecret", token.ClientSecret);
            WriteOptional(json, "registrationExpiresAt", token.RegistrationExpiresAt is { } r ? Format(r) : null);
            WriteOptional(json, "refreshToken", token.RefreshToken);
            json.WriteEndObject();
        }

        PrivateFiles.WriteAtomically(Directory, PathFor(key), buffer.ToArray());
    }

    /// <summary>The client registrations kept in the same directory, as botocore keeps them.</summary>
    public SsoRegistrationCache Registrations => new(Directory);

    /// <summary>
    /// Deletes every token file (logout), as the AWS CLI's sweeper does: the files holding an `accessToken`.
    /// Client registrations stay for the next login; returns how many files went.
    /// </summary>
    public int Clear()
    {
        var tokens = TokenFiles().ToList();
        foreach (var file in tokens)
        {
            File.Delete(file);
        }

        return tokens.Count;
    }

    /// <summary>The tokens of every token file (logout revokes each); registrations and unreadable files are skipped.</summary>
    public IReadOnlyList<SsoToken> ReadAll() =>
        [.. TokenFiles().Select(f => TryRead(Path.GetFileNameWithoutExtension(f))).OfType<SsoToken>()];

    private IEnumerable<string> TokenFiles() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "*.json").Where(HoldsAccessToken)
        : [];

    private static bool HoldsAccessToken(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("accessToken", out _);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return false;
        }
    }

    /// <summary>botocore writes `...Z`; older AWS CLI v2 releases wrote `...UTC`; both read.</summary>
    private static DateTimeOffset? Time(string? text) => text is null ? null : IsoTimestamp.Parse(text);

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
