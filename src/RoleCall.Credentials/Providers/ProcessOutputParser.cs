using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Providers;

/// <summary>The credential_process response: {"Version": 1, AccessKeyId, SecretAccessKey, SessionToken?, Expiration?, AccountId?}.</summary>
internal static class ProcessOutputParser
{
    public static AwsCredentials Parse(string profile, string output, string? profileAccountId)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw CredentialErrors.ProcessOutputInvalid(profile, "not a JSON object");
            }

            if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
            {
                throw CredentialErrors.ProcessOutputInvalid(profile, "unsupported Version (expected 1)");
            }

            var keyId = Text(root, "AccessKeyId") ?? throw CredentialErrors.ProcessOutputInvalid(profile, "AccessKeyId is missing");
            var secret = Text(root, "SecretAccessKey") ?? throw CredentialErrors.ProcessOutputInvalid(profile, "SecretAccessKey is missing");
            DateTimeOffset? expiration = null;
            if (Text(root, "Expiration") is { } expirationText)
            {
                expiration = CacheEntryCodec.ParseExpiration(expirationText)
                    ?? throw CredentialErrors.ProcessOutputInvalid(profile, $"Expiration '{expirationText}' is not an ISO 8601 time");
            }

            return new AwsCredentials(keyId, secret, Text(root, "SessionToken"), expiration, Text(root, "AccountId") ?? profileAccountId);
        }
        catch (JsonException)
        {
            throw CredentialErrors.ProcessOutputInvalid(profile, "invalid JSON in response");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
