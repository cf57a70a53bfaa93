using System.Text.RegularExpressions;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// Issue 16, item 6: at a terminal rolecall leaves the terminal as it found it and shows what the AWS CLI v2
/// shows. Each command runs on a pseudo-terminal (`script`) as the real process, with the AWS CLI v2
/// (/usr/bin/aws, its output through `less`) beside it. The AWS CLI v2's pager switches keypad transmit mode
/// on and off again; .NET's console switched it on (`ESC[?1h ESC=`) and never off. Compared: the keypad mode
/// the terminal is left in, and the visible text once escape sequences are removed (no extra blank line).
/// </summary>
public sealed partial class TerminalStateDifferentialTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Should_leave_the_terminal_as_it_was_and_show_what_the_aws_cli_v2_shows()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        var endpoint = server.Url.ToString().TrimEnd('/');
        using var sandbox = new ClientSandbox(endpoint, "[default]\nregion = us-east-1\n");
        sandbox.Environment["AWS_ACCESS_KEY_ID"] = server.Credentials.AccessKeyId;
        sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = server.Credentials.SecretAccessKey;
        Assert.Equal(0, sandbox.Rolecall(string.Empty, "iam", "create-user", "--user-name", "terminal-user").Code);

        var failures = new List<string>();
        foreach (var command in new[]
        {
            "sts get-caller-identity",
            "iam get-user --user-name terminal-user --output table",
            "iam get-user --user-name terminal-user --output yaml",
            "iam get-user --user-name nobody",
            "configure list",
        })
        {
            var aws = AtTerminal(sandbox, $"/usr/bin/aws --endpoint-url {endpoint} {command}");
            var ours = AtTerminal(sandbox, $"dotnet '{ClientSandbox.RolecallDll}' --endpoint-url {endpoint} {command}");
            if (KeypadLeftOn(ours) != KeypadLeftOn(aws) || KeypadLeftOn(ours))
            {
                failures.Add($"{command}: keypad transmit mode left {(KeypadLeftOn(ours) ? "on" : "off")} by rolecall, {(KeypadLeftOn(aws) ? "on" : "off")} by the AWS CLI v2: {Escape(ours)}");
            }

            if (Visible(ours) != Visible(aws))
            {
                failures.Add($"{command}: shows\n{Escape(Visible(ours))}\nwhere the AWS CLI v2 shows\n{Escape(Visible(aws))}");
            }

            if (ours.Contains('\u001b', StringComparison.Ordinal))
            {
                failures.Add($"{command}: rolecall wrote an escape sequence: {Escape(ours)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>What the pty showed (stdout and stderr together), as the program's bytes.</summary>
    private static string AtTerminal(ClientSandbox sandbox, string commandLine)
    {
        var (code, output, error) = sandbox.Process(string.Empty, Bound, "script", "-qec", commandLine, "/dev/null");
        Assert.True(code is 0 or 254, $"{commandLine}: exit {code}\n{output}{error}");
        return output;
    }

    // The last keypad switch wins: smkx `ESC[?1h ESC=` turns it on, rmkx `ESC[?1l ESC>` off.
    private static bool KeypadLeftOn(string output) =>
        KeypadSwitch().Matches(output).LastOrDefault()?.Groups[1].Value == "h";

    // Text without escape sequences and carriage returns, runs of blanks as one (`less` redraws with spaces).
    private static string Visible(string output)
    {
        var text = EscapeSequence().Replace(output, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\b", string.Empty, StringComparison.Ordinal);
        return Regex.Replace(text, "[ \t]+", " ");
    }

    private static string Escape(string text) => text.Replace("\u001b", "ESC", StringComparison.Ordinal);

    [GeneratedRegex(@"\u001b\[\?1([hl])")]
    private static partial Regex KeypadSwitch();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]|\u001b[=>]")]
    private static partial Regex EscapeSequence();
}
