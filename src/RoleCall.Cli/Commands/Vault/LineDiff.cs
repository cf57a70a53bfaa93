using System.Text;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// A line diff for `vault import --dry-run` (longest common subsequence; credentials files are small):
/// "-" for a removed line, "+" for an added one, "  " for context. Secret values are masked, since the
/// diff goes to a terminal and maybe a log.
/// </summary>
internal static class LineDiff
{
    public static string Render(string before, string after, string beforeName, string afterName)
    {
        var a = Lines(before);
        var b = Lines(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var output = new StringBuilder().Append("--- ").AppendLine(beforeName).Append("+++ ").AppendLine(afterName);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                output.Append("  ").AppendLine(Mask(a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                output.Append("+ ").AppendLine(Mask(b[y++]));
            }
            else
            {
                output.Append("- ").AppendLine(Mask(a[x++]));
            }
        }

        return output.ToString();
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>`aws_secret_access_key = abc` -> `aws_secret_access_key = ****`; key IDs keep four characters each end.</summary>
    private static string Mask(string line)
    {
        var at = line.IndexOfAny(['=', ':']);
        if (at < 0)
        {
            return line;
        }

        var key = line[..at].Trim().ToLowerInvariant();
        var value = line[(at + 1)..].Trim();
        return key switch
        {
            "aws_secret_access_key" or "aws_session_token" or "aws_security_token" => line[..(at + 1)] + " ****",
            "aws_access_key_id" => line[..(at + 1)] + " " + RoleCall.Vault.VaultItem.Mask(value),
            _ => line,
        };
    }
}
