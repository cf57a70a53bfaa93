using System.Text;

namespace RoleCall.Vault;

/// <summary>
/// Item names: a profile's keys under the profile name, a cached session under "session:" + its cache key.
/// A name becomes a file or store path through <see cref="ToFileName"/>, which keeps [A-Za-z0-9._-] and
/// escapes every other byte as %XX, so no name can reach outside the vault directory.
/// </summary>
public static class ItemNames
{
    public const string SessionPrefix = "session:";

    public static string Session(string cacheKey) => SessionPrefix + cacheKey;

    public static bool IsSession(string name) => name is not null && name.StartsWith(SessionPrefix, StringComparison.Ordinal);

    public static string ToFileName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && result.Length > 0))
            {
                result.Append(c);
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    public static string FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var bytes = new List<byte>();
        for (var i = 0; i < fileName.Length; i++)
        {
            if (fileName[i] == '%' && i + 2 < fileName.Length)
            {
                bytes.Add(Convert.ToByte(fileName.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)fileName[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
