using System.Globalization;
using System.Text;

namespace RoleCall.Vault.Agent;

/// <summary>
/// An opened item as the agent sends it back for READ: five space-separated fields, base64 key ID, base64
/// secret, base64 session token or "-", expiration as UTC ticks or "-", update time as UTC ticks. A line format
/// so that the client reads an item with no JSON parser and no AES (no System.Text.Json, no OpenSSL to load:
/// `rolecall env` for a profile with vault_sessions pays for neither).
/// </summary>
public static class AgentItemLine
{
    public static string Format(VaultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Join(
            ' ',
            Encode(item.AccessKeyId),
            Encode(item.SecretAccessKey),
            item.SessionToken is { } token ? Encode(token) : "-",
            item.Expiration is { } expiration ? expiration.UtcTicks.ToString(CultureInfo.InvariantCulture) : "-",
            item.Updated.UtcTicks.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The item, or null when the line is not one (the caller then opens the item itself).</summary>
    public static VaultItem? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split(' ');
        if (fields.Length != 5 || Ticks(fields[4]) is not { } updated)
        {
            return null;
        }

        try
        {
            return new VaultItem(
                Decode(fields[0]),
                Decode(fields[1]),
                fields[2] == "-" ? null : Decode(fields[2]),
                fields[3] == "-" ? null : Ticks(fields[3]) ?? throw new FormatException("bad expiration"),
                updated);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decode(string field) => Encoding.UTF8.GetString(Convert.FromBase64String(field));

    private static DateTimeOffset? Ticks(string field) =>
        long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
}
