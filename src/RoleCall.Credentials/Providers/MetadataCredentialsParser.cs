using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Providers;

/// <summary>The JSON that the container and instance metadata endpoints return: AccessKeyId, SecretAccessKey, Token, Expiration.</summary>
internal static class MetadataCredentialsParser
{
    public static AwsCredentials Parse(string source, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (Text(root, "Code") is { } code && code != "Success")
            {
                throw CredentialErrors.EndpointFailed(source, $"the endpoint answered Code {code}");
            }

            var keyId = Text(root, "AccessKeyId");
            var secret = Text(root, "SecretAccessKey");
            if (keyId is null || secret is null)
            {
                throw CredentialErrors.EndpointFailed(source, "the response has no AccessKeyId/SecretAccessKey");
            }

            var expiration = Text(root, "Expiration") is { } text ? CacheEntryCodec.ParseExpiration(text) : null;
            return new AwsCredentials(keyId, secret, Text(root, "Token"), expiration, Text(root, "AccountId"));
        }
        catch (JsonException)
        {
            throw CredentialErrors.EndpointFailed(source, "the response is not JSON");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
