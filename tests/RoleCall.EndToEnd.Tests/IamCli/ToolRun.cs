using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>One command's exit code and output, with what legitimately differs between two runs masked.</summary>
internal sealed partial record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// The AWS CLI v1 exits 255 for a service error and 2 for bad syntax; rolecall uses v2's codes (254, 252),
    /// as issue 7 asks. Other codes are the same in both.
    /// </summary>
    public int V2ExitCode => ExitCode switch
    {
        255 when Stderr.Contains("An error occurred (", StringComparison.Ordinal) => 254,
        2 => 252,
        _ => ExitCode,
    };

    /// <summary>The error message line, with the program name as rolecall prints it (`aws: error:` → `rolecall: error:`).</summary>
    public string LastErrorLine
    {
        get
        {
            var line = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            return line.StartsWith("aws: ", StringComparison.Ordinal) ? "rolecall: " + line["aws: ".Length..] : line;
        }
    }

    /// <summary>
    /// Masks server-generated IDs, secrets and dates (same length, so table widths still compare) and the run's
    /// entity tag (BobA / BobR → BobX).
    /// </summary>
    public ToolRun Masked(string tag) => new(ExitCode, Mask(Stdout, tag), Mask(Stderr, tag));

    private static string Mask(string text, string tag)
    {
        text = Regex.Replace(text, $"(Bob|pol|role|mfa|seed|nobody){tag}", "${1}X");
        text = UniqueId().Replace(text, m => m.Groups[1].Value + new string('#', m.Length - 4));
        text = Secret().Replace(text, m => m.Groups[1].Value + new string('*', 40));
        // The date is masked, its zone suffix kept: `Z` (wire, v1) and `+00:00` (iso8601, v2) must still compare.
        return Timestamp().Replace(text, "YYYY-MM-DDTHH:MM:SS");
    }

    [GeneratedRegex("\\b(AIDA|ANPA|AROA|AKIA)[A-Z0-9]{16,17}\\b")]
    private static partial Regex UniqueId();

    // The secret key next to its label in json ("SecretAccessKey": "..."), table (|  ...) and text (tab-separated).
    [GeneratedRegex("(SecretAccessKey\"?:?\\s*\\|?\\s*\"?|\\t)[A-Za-z0-9/+]{40}(?=[\"\\s|])")]
    private static partial Regex Secret();

    [GeneratedRegex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?=Z|\\+00:00)")]
    private static partial Regex Timestamp();
}
