using System.Diagnostics;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// Where the file backend's passphrase comes from, in order: ROLECALL_VAULT_PASSPHRASE, the command in
/// ROLECALL_VAULT_PASSPHRASE_COMMAND (run with /bin/sh -c; its stdout, first line), then a person: the
/// terminal (/dev/tty, echo off) so the prompt shows even when the AWS CLI captures a credential_process's
/// stderr, else stdin. The passphrase never reaches argv or a log.
/// </summary>
internal static class PassphraseSource
{
    public const string Variable = "ROLECALL_VAULT_PASSPHRASE";
    public const string CommandVariable = "ROLECALL_VAULT_PASSPHRASE_COMMAND";

    public static string Read(CommandContext context, string prompt)
    {
        if (context.Environment.GetValueOrDefault(Variable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (context.Environment.GetValueOrDefault(CommandVariable) is { Length: > 0 } command)
        {
            return RunCommand(command, context.Environment);
        }

        var typed = context.Console is SystemConsole && !context.Console.IsInputInteractive && !OperatingSystem.IsWindows() && FromTerminal(prompt) is { } fromTerminal
            ? fromTerminal
            : ConsolePrompter.For(context.Console).ReadSecret(prompt);
        return typed is { Length: > 0 } ? typed : throw VaultErrors.NoPassphrase();
    }

    private static string RunCommand(string command, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Split('\n', 2)[0].TrimEnd('\r') : throw VaultErrors.PassphraseCommandFailed(process.ExitCode);
    }

    /// <summary>The controlling terminal with echo off (stty), or null when the process has none.</summary>
    private static string? FromTerminal(string prompt)
    {
        FileStream tty;
        try
        {
            tty = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        using (tty)
        {
            using var writer = new StreamWriter(tty, leaveOpen: true) { AutoFlush = true };
            using var reader = new StreamReader(tty, leaveOpen: true);
            // Echo goes off before the prompt shows, so nothing typed as soon as it appears is echoed.
            Stty("-echo");
            writer.Write(prompt);
            try
            {
                return reader.ReadLine();
            }
            finally
            {
                Stty("echo");
                writer.WriteLine();
            }
        }
    }

    private static void Stty(string mode)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("stty " + mode + " < /dev/tty");
        using var process = Process.Start(start);
        process?.WaitForExit();
    }
}
