using System.Globalization;
using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>One aws-c-auth v4 case: its directory and the parameters from context.json.</summary>
internal sealed record SuiteCase(string Directory, AwsCredentials Credentials, string Region, string Service, DateTimeOffset Time, TimeSpan Expires, SigV4Options Options)
{
    public static SuiteCase Load(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "context.json")));
        var root = json.RootElement;
        var credentials = root.GetProperty("credentials");
        var token = credentials.TryGetProperty("token", out var t) ? t.GetString() : null;
        var omitToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        var options = new SigV4Options
        {
            NormalizePath = root.GetProperty("normalize").GetBoolean(),
            AddContentSha256Header = root.GetProperty("sign_body").GetBoolean(),
            SignSessionToken = !omitToken,
        };
        return new SuiteCase(
            directory,
            new AwsCredentials(credentials.GetProperty("access_key_id").GetString()!, credentials.GetProperty("secret_access_key").GetString()!, token),
            root.GetProperty("region").GetString()!,
            root.GetProperty("service").GetString()!,
            DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(root.GetProperty("expiration_in_seconds").GetInt32()),
            options);
    }

    public string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public RawHttpRequest Request => RawHttpRequest.Load(Path.Combine(Directory, "request.txt"));
}
