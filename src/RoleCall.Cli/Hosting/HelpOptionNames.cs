namespace RoleCall.Cli.Hosting;

/// <summary>
/// A command's option names as its help declares them: every `--name` the help text shows, in order of first
/// appearance, minus the global options. The help is where a command documents its options, so it is also
/// the table argparse-style prefixes are resolved against; an option missing from help cannot be abbreviated.
/// Scanned by hand rather than with a regex: this runs on every invocation, and loading and starting the
/// regex engine cost a short command about 15 ms.
/// </summary>
internal static class HelpOptionNames
{
    public static IReadOnlyList<string> From(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        var names = new List<string>();
        for (var at = help.IndexOf("--", StringComparison.Ordinal); at >= 0; at = help.IndexOf("--", at + 2, StringComparison.Ordinal))
        {
            if (NameAt(help, at) is { } name && !names.Contains(name) && GlobalOptionTable.Find(name) is null)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// `--` + a lower-case letter or digit + letters, digits and inner dashes, not preceded by a word character
    /// or a dash (so `a--b` and `---` are not options); trailing dashes are not part of the name.
    /// </summary>
    private static string? NameAt(string text, int at)
    {
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '-'))
        {
            return null;
        }

        var end = at + 2;
        if (end >= text.Length || !IsNameChar(text[end]) || text[end] == '-')
        {
            return null;
        }

        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        while (text[end - 1] == '-')
        {
            end--;
        }

        return text[at..end];
    }

    private static bool IsNameChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
}
