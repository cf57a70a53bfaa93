using System.Text.RegularExpressions;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// A command's option names as its help declares them: every `--name` the help text shows, in order of first
/// appearance, minus the global options. The help is where a command documents its options, so it is also
/// the table argparse-style prefixes are resolved against; an option missing from help cannot be abbreviated.
/// </summary>
internal static partial class HelpOptionNames
{
    public static IReadOnlyList<string> From(string help) =>
        [.. OptionName().Matches(help).Select(m => m.Value).Distinct().Where(n => GlobalOptionTable.Find(n) is null)];

    // `--name` not preceded by a word character or dash, so `a--b` and `---` are not options.
    [GeneratedRegex(@"(?<![\w-])--[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")]
    private static partial Regex OptionName();
}
