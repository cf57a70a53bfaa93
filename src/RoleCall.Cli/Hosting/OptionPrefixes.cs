using RoleCall.Core.Errors;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// argparse's abbreviations, as the AWS CLI (v1 and v2) accepts them for every command: a long option may be
/// shortened to any prefix that names exactly one option (`--role-n x`, `--role-n=x`). A name given in full
/// is never a prefix; a prefix of several is "ambiguous option: --pa could match --path-prefix, --page-size"
/// (exit 252), the candidates in the order the parser declares them. Global options are resolved first
/// (<see cref="GlobalOptionParser"/>); <see cref="Expand"/> then writes out a command's own options.
/// </summary>
internal static class OptionPrefixes
{
    /// <summary>The arguments with each abbreviated option of the command written out in full; stops at `--`.</summary>
    public static List<string> Expand(IReadOnlyList<string> args, IReadOnlyList<string> commandOptions)
    {
        var expanded = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                expanded.AddRange(args.Skip(i));
                break;
            }

            var (name, inline) = Split(arg);
            var full = name is null || commandOptions.Contains(name) ? null : Unique(name, commandOptions);
            expanded.Add(full is null ? arg : full + (inline is null ? string.Empty : "=" + inline));
        }

        return expanded;
    }

    /// <summary>`--name=value` -> ("--name", "value"); `--name` -> ("--name", null); anything else -> (null, null).</summary>
    public static (string? Name, string? Inline) Split(string arg)
    {
        if (!ArgumentReader.IsOptionName(arg))
        {
            return (null, null);
        }

        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (arg, null) : (arg[..eq], arg[(eq + 1)..]);
    }

    /// <summary>The one option <paramref name="prefix"/> starts; null when none; an error when several.</summary>
    public static string? Unique(string prefix, IEnumerable<string> options)
    {
        var matches = options.Where(o => o.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            // argparse's wording; it names the candidates, so it needs no separate hint.
            _ => throw UsageException.Custom($"ambiguous option: {prefix} could match {string.Join(", ", matches)}"),
        };
    }
}
