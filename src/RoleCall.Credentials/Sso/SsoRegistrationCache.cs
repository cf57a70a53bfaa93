using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The client registrations in `~/.aws/sso/cache`, shared with the AWS CLI v2: the file name is the SHA-1 of
/// botocore's `json.dumps({"tool", "startUrl", "region", "scopes", "session_name"}, sort_keys=True)` (its
/// `_registration_cache_key`), so each tool finds the other's registration and reuses it. A file that does not
/// read as a registration counts as absent: the login registers again and overwrites it.
/// </summary>
public sealed class SsoRegistrationCache(string directory)
{
    public static string KeyFor(string startUrl, string region, IReadOnlyList<string>? scopes, string? sessionName)
    {
        ArgumentNullException.ThrowIfNull(startUrl);
        ArgumentNullException.ThrowIfNull(region);
        var args = PythonJson.Dumps(
        [
            new("tool", "botocore"), new("startUrl", startUrl), new("region", region),
            new("scopes", scopes is null ? DBNull.Value : scopes), new("session_name", sessionName is null ? DBNull.Value : sessionName),
        ], sortKeys: true);
        return Sha1.HashHex(Encoding.UTF8.GetBytes(args));
    }

    public string PathFor(string key) => Path.Combine(directory, key + ".json");

    public SsoRegistration? TryRead(string key)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(PathFor(key)));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && Text(root, "clientId") is { } id && Text(root, "clientSecret") is { } secret
                && Text(root, "expiresAt") is { } expires
                && DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expiresAt)
                ? new SsoRegistration(id, secret, expiresAt) { Scopes = Strings(root, "scopes"), GrantTypes = Strings(root, "grantTypes") }
                : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    public void Write(string key, SsoRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("clientId", registration.ClientId);
            json.WriteString("clientSecret", registration.ClientSecret);
            json.WriteString("expiresAt", registration.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            WriteStrings(json, "scopes", registration.Scopes);
            WriteStrings(json, "grantTypes", registration.GrantTypes);
            json.WriteEndObject();
        }

        PrivateFiles.WriteAtomically(directory, PathFor(key), buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[]? Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;
}
