using System.Reflection;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// Runs one command line: global options, help and version, dispatch, and the single place where errors
/// become messages and exit codes (the AWS CLI v2's: 0, 252, 253, 254, 255, 130).
/// </summary>
internal sealed class CliApplication(
    CommandCatalog catalog,
    IConsole console,
    IReadOnlyDictionary<string, string> environment,
    TimeProvider time)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation = default)
    {
        var debug = args.Contains("--debug");
        try
        {
            var (globals, rest) = GlobalOptionParser.Parse(args);
            if (globals.Version || rest.Count == 1 && rest[0] == "version")
            {
                await console.Out.WriteLineAsync(VersionText);
                return ExitCodes.Success;
            }

            var wantsHelp = rest.Remove("--help") | rest.Remove("-h") | (rest.Count > 0 && rest[^1] == "help" && Remove(rest, rest.Count - 1));
            if (rest.Count > 0 && rest[0] == "help")
            {
                rest.RemoveAt(0);
                wantsHelp = true;
            }

            var (command, used) = catalog.Find(rest);
            if (wantsHelp || command is null)
            {
                return await HelpAsync(rest, command, wantsHelp);
            }

            var arguments = OptionPrefixes.Expand([.. rest.Skip(used)], command.OptionNames);
            var context = new CommandContext(globals with { DebugLog = console.Error.WriteLine }, new ArgumentReader(arguments), console, environment, time);
            return await command.RunAsync(context, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync();
            return ExitCodes.Interrupted;
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"rolecall: error: {e.Message}");
            await WriteHintAsync(e);
            return e.ExitCode;
        }
        catch (ParameterValidationException e)
        {
            // botocore's report, after the AWS CLI's blank line.
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync(e.Message);
            await WriteHintAsync(e);
            return e.ExitCode;
        }
        catch (RoleCallException e) when (e.InAwsCliWords)
        {
            // botocore's own words after the AWS CLI's blank line (issue 16, item 5), then the hint.
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync(e.Message);
            await WriteHintAsync(e);
            return e.ExitCode;
        }
        catch (AwsServiceException e)
        {
            // The AWS CLI's wording, so scripts that grep for it keep working.
            var operation = e.Operation is null ? string.Empty : $" when calling the {e.Operation} operation";
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync($"An error occurred ({e.Code}){operation}: {e.Message}");
            await WriteHintAsync(e);
            return e.ExitCode;
        }
        catch (CredentialException e) when (e.ServiceError is { } refused)
        {
            // The AWS CLI's one line, then what rolecall was doing and the hint (issue 16, item 3).
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync($"An error occurred ({refused.Code}) when calling the {refused.Operation ?? "AssumeRole"} operation: {refused.Message}");
            var requestId = refused.RequestId is null ? string.Empty : $" (request ID {refused.RequestId})";
            await console.Error.WriteLineAsync($"hint: {e.Doing}{requestId}: {e.Hint ?? "the service refused the call"}");
            return e.ExitCode;
        }
        catch (RoleCallException e)
        {
            await console.Error.WriteLineAsync($"rolecall: {e.Message}");
            await WriteHintAsync(e);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException)
        {
            await console.Error.WriteLineAsync($"rolecall: {SystemFailureText.Of(e, namePath: true)}");
            if (debug)
            {
                await console.Error.WriteLineAsync(e.ToString());
            }

            return ExitCodes.OtherFailure;
        }
    }

    private static string VersionText =>
        $"rolecall/{typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]} .NET/{Environment.Version}";

    private static bool Remove(List<string> list, int index)
    {
        list.RemoveAt(index);
        return true;
    }

    private async Task WriteHintAsync(RoleCallException e)
    {
        if (e.Hint is not null)
        {
            await console.Error.WriteLineAsync($"hint: {e.Hint}");
        }
    }

    private async Task<int> HelpAsync(List<string> words, ICommand? command, bool asked)
    {
        if (command is not null)
        {
            await console.Out.WriteAsync(command.Help);
            return ExitCodes.Success;
        }

        var group = words.FirstOrDefault(w => !w.StartsWith('-'));
        var members = group is null ? [] : catalog.Under(group).ToList();
        if (group is not null && members.Count == 0)
        {
            throw UsageException.UnknownCommand(group);
        }

        var writer = asked ? console.Out : console.Error;
        await writer.WriteLineAsync(group is null ? "usage: rolecall [options] <command> [<subcommand>] [parameters]" : $"usage: rolecall {group} <subcommand> [parameters]");
        await writer.WriteLineAsync();
        foreach (var c in group is null ? catalog.Commands : members)
        {
            await writer.WriteLineAsync($"  {c.Name,-34} {c.Summary}");
        }

        await writer.WriteLineAsync();
        await writer.WriteAsync(GlobalOptionTable.Help());
        await writer.WriteLineAsync("`rolecall <command> help` for details; any long option may be shortened to a unique prefix.");
        if (asked)
        {
            return ExitCodes.Success;
        }

        // As the AWS CLI does, the usage is followed by the one line that says what was wrong.
        var error = group is null ? UsageException.MissingRequired(["command"]) : MissingOrUnknownSubcommand(group, words, members);
        await console.Error.WriteLineAsync($"rolecall: error: {error.Message}");
        await WriteHintAsync(error);
        return ExitCodes.BadSyntax;
    }

    private static UsageException MissingOrUnknownSubcommand(string group, List<string> words, List<ICommand> members)
    {
        var subcommand = words.Where(w => !w.StartsWith('-')).Skip(1).FirstOrDefault();
        var choices = members.Select(m => m.Name[(group.Length + 1)..].Split(' ')[0]).Distinct().ToList();
        var hint = choices.Count <= 12
            ? $"`rolecall {group}` offers {string.Join(", ", choices)}; `rolecall {group} help` describes them"
            : $"`rolecall {group} help` lists its {choices.Count} subcommands";
        return subcommand is null
            ? UsageException.Custom("the following arguments are required: subcommand", hint)
            : UsageException.Custom($"argument subcommand: Invalid choice: '{subcommand}'", hint);
    }
}
