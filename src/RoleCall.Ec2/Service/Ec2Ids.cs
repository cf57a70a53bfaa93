using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RoleCall.Ec2.Service;

/// <summary>
/// Resource IDs in EC2's long format: a prefix and 17 hexadecimal digits (`i-0abc...`). Older 8-digit IDs
/// are still well formed, so validation accepts both lengths.
/// </summary>
public static partial class Ec2Ids
{
    public static string New(string prefix) => prefix + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))[..17];

    public static bool IsWellFormed(string id, string prefix) =>
        id.StartsWith(prefix + "-", StringComparison.Ordinal) && HexSuffix().IsMatch(id.AsSpan(prefix.Length + 1));

    [GeneratedRegex("^(?:[0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex HexSuffix();
}
