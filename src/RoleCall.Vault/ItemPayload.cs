using System.Globalization;
using System.Text.Json;

namespace RoleCall.Vault;

/// <summary>An item's secret part as JSON bytes (what the backends encrypt or hand to their store), and back.</summary>
public static class ItemPayload
{
    public static byte[] Encode(VaultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("AccessKeyId", item.AccessKeyId);
            json.WriteString("SecretAccessKey", item.SecretAccessKey);
            if (item.SessionToken is not null)
            {
                json.WriteString("SessionToken", item.SessionToken);
            }

            if (item.Expiration is { } expiration)
            {
                json.WriteString("Expiration", expiration.ToString("O", CultureInfo.InvariantCulture));
            }

            json.WriteString("Updated", item.Updated.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The item, or null when the bytes are not an item (the caller reports which one).</summary>
    public static VaultItem? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            var root = document.RootElement;
            var keyId = root.GetProperty("AccessKeyId").GetString();
            var secret = root.GetProperty("SecretAccessKey").GetString();
            if (keyId is null || secret is null)
            {
                return null;
            }

            var token = root.TryGetProperty("SessionToken", out var t) ? t.GetString() : null;
            DateTimeOffset? expiration = root.TryGetProperty("Expiration", out var e) ? Time(e) : null;
            return new VaultItem(keyId, secret, token, expiration, Time(root.GetProperty("Updated")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static DateTimeOffset Time(JsonElement element) =>
        DateTimeOffset.Parse(element.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
