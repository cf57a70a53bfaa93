using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// argparse's abbreviations, as the AWS CLI (v1 and v2) accepts them: a long option may be shortened to any
/// prefix that names exactly one option (`--role-n x`, `--role-n=x`). The AWS CLI parses the global options
/// first, so a prefix naming one global option is that option (`--que` is --query, `--p` is --profile) and a
/// prefix of several global options is an error there; only then do the command's own options count. A prefix
/// of several is "ambiguous option: --pa could match --path-prefix, --page-size" (exit 252).
/// </summary>
internal static class OptionPrefixes
{
    /// <summary>The AWS CLI v2's global options in its parser's order (awscli/data/cli.json).</summary>
    private static readonly string[] GlobalNames =
    [
        "--debug", "--endpoint-url", "--no-verify-ssl", "--no-paginate", "--output", "--query", "--profile", "--region",
        "--version", "--color", "--no-sign-request", "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout",
        "--cli-binary-format", "--no-cli-pager", "--cli-auto-prompt", "--no-cli-auto-prompt",
    ];

    /// <summary>
    /// The context with abbreviated options written out in full: global ones moved into its global options,
    /// the command's left in its arguments for the command to read.
    /// </summary>
    public static CommandContext Expand(CommandContext context, IReadOnlyList<string> commandOptions)
    {
        var args = context.Arguments.Remaining;
        var expanded = new List<string>(args.Count);
        var globalFound = false;
        foreach (var arg in args)
        {
            var (full, isGlobal) = Resolve(arg, commandOptions);
            expanded.Add(full);
            globalFound |= isGlobal;
        }

        if (!globalFound)
        {
            return expanded.SequenceEqual(args) ? context : With(context, context.Globals, expanded);
        }

        var (globals, rest) = GlobalOptionParser.Parse(expanded);
        return With(context, Merge(context.Globals, globals), rest);
    }

    private static (string Arg, bool IsGlobal) Resolve(string arg, IReadOnlyList<string> commandOptions)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            return (arg, false);
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg : arg[..equals];
        if (commandOptions.Contains(name) || GlobalNames.Contains(name))
        {
            return (arg, false);
        }

        var globals = Matches(GlobalNames, name);
        var matches = globals.Count > 0 ? globals : Matches(commandOptions, name);
        if (matches.Count > 1)
        {
            // argparse's wording; it names the candidates, so it needs no separate hint.
            throw UsageException.Custom($"ambiguous option: {name} could match {string.Join(", ", matches)}");
        }

        return matches.Count == 0 ? (arg, false) : (matches[0] + (equals < 0 ? string.Empty : arg[equals..]), globals.Count > 0);
    }

    private static List<string> Matches(IReadOnlyList<string> options, string prefix)
    {
        var found = new List<string>();
        foreach (var option in options)
        {
            if (option.StartsWith(prefix, StringComparison.Ordinal))
            {
                found.Add(option);
            }
        }

        return found;
    }

    private static CommandContext With(CommandContext context, GlobalOptions globals, IEnumerable<string> arguments) =>
        new(globals, new ArgumentReader(arguments), context.Console, context.Environment, context.Time);

    // Options given in full were parsed before the command ran; the abbreviated ones found here add to them.
    private static GlobalOptions Merge(GlobalOptions first, GlobalOptions found) => first with
    {
        Profile = found.Profile ?? first.Profile,
        Region = found.Region ?? first.Region,
        Output = found.Output ?? first.Output,
        Query = found.Query ?? first.Query,
        EndpointUrl = found.EndpointUrl ?? first.EndpointUrl,
        CaBundle = found.CaBundle ?? first.CaBundle,
        Color = found.Color ?? first.Color,
        CliReadTimeout = found.CliReadTimeout ?? first.CliReadTimeout,
        CliConnectTimeout = found.CliConnectTimeout ?? first.CliConnectTimeout,
        Debug = first.Debug || found.Debug,
        NoVerifySsl = first.NoVerifySsl || found.NoVerifySsl,
        NoPaginate = first.NoPaginate || found.NoPaginate,
        NoCliPager = first.NoCliPager || found.NoCliPager,
    };
}
