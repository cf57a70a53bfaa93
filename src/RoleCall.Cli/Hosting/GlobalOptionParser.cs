using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Hosting;

/// <summary>Takes the global options out of argv wherever they stand and leaves the rest in order.</summary>
internal static class GlobalOptionParser
{
    private static readonly string[] OutputChoices = ["json", "text", "table", "yaml", "yaml-stream"];

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

            var (name, inline) = Split(arg);
            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    throw UsageException.ExpectedOneArgument(name);
                }

                return args[++i];
            }

            switch (name)
            {
                case "--profile": options = options with { Profile = Value() }; break;
                case "--region": options = options with { Region = Value() }; break;
                case "--output":
                    var output = Value();
                    if (!OutputChoices.Contains(output))
                    {
                        throw UsageException.InvalidChoice("--output", output, OutputChoices);
                    }

                    options = options with { Output = output };
                    break;
                case "--query": options = options with { Query = Value() }; break;
                case "--endpoint-url": options = options with { EndpointUrl = Value() }; break;
                case "--ca-bundle": options = options with { CaBundle = Value() }; break;
                case "--color": options = options with { Color = Value() }; break;
                case "--cli-read-timeout": options = options with { CliReadTimeout = ParseInt(name, Value()) }; break;
                case "--cli-connect-timeout": options = options with { CliConnectTimeout = ParseInt(name, Value()) }; break;
                case "--debug" when inline is null: options = options with { Debug = true }; break;
                case "--no-verify-ssl" when inline is null: options = options with { NoVerifySsl = true }; break;
                case "--no-paginate" when inline is null: options = options with { NoPaginate = true }; break;
                case "--no-cli-pager" when inline is null: options = options with { NoCliPager = true }; break;
                default: rest.Add(arg); break;
            }
        }

        return (options, rest);
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return (arg, null);
        }

        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (arg, null) : (arg[..eq], arg[(eq + 1)..]);
    }

    private static int ParseInt(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw UsageException.InvalidValue(option, value, "an integer");
}
