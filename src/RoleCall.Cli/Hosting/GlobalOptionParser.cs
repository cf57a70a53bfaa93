using RoleCall.Core.Errors;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// Takes the global options out of argv wherever they stand and leaves the rest in order. As the AWS CLI's
/// argparse does, a long option may be shortened to a prefix that names one global option (`--que`,
/// `--out=text`); a prefix of several global options is an error naming them. The AWS CLI parses the global
/// options before the command's, so a prefix of a global option is that option even where the command has an
/// option with the same start.
/// </summary>
internal static class GlobalOptionParser
{
    public static (GlobalOptions Options, List<string> Remaining) Parse(IReadOnlyList<string> args)
    {
        var options = new GlobalOptions();
        var rest = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after `--` belongs to the command (`rolecall exec P -- aws --profile x`).
                rest.AddRange(args.Skip(i));
                break;
            }

            var (name, inline) = OptionPrefixes.Split(arg);
            var option = name is null ? null : Resolve(name);
            // A flag given a value (`--debug=x`) is left for the command to report as unknown, as argparse refuses it.
            if (option is null || (!option.TakesValue && inline is not null))
            {
                rest.Add(arg);
                continue;
            }

            var value = string.Empty;
            if (option.TakesValue && inline is not null)
            {
                value = inline;
            }
            else if (option.TakesValue)
            {
                if (i + 1 >= args.Count || ArgumentReader.IsOptionName(args[i + 1]))
                {
                    throw UsageException.ExpectedOneArgument(option.Name);
                }

                value = args[++i];
            }

            options = option.Apply(options, value);
        }

        return (options, rest);
    }

    /// <summary>The global option a name or unique prefix names; null when none; an error when several.</summary>
    private static GlobalOption? Resolve(string name) =>
        GlobalOptionTable.Find(name) ?? OptionPrefixes.Unique(name, GlobalOptionTable.Names) switch
        {
            null => null,
            var full => GlobalOptionTable.Find(full),
        };
}
