using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;
using RoleCall.Credentials.Mfa;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Picks where MFA codes come from: `--mfa-code`, then ROLECALL_MFA_CODE, then a person. The prompt goes to
/// the terminal (/dev/tty) when there is one — so it shows even when stderr is captured, as the AWS CLI and
/// SDKs capture a credential_process's stderr — else to stderr; never to stdout.
/// </summary>
internal static class TerminalMfa
{
    public const string CodeVariable = "ROLECALL_MFA_CODE";

    public static IMfaTokenSource For(CommandContext context, string? mfaCode)
    {
        if ((mfaCode ?? context.Environment.GetValueOrDefault(CodeVariable)) is { Length: > 0 } code)
        {
            return new FixedMfaTokenSource(code);
        }

        return new LazyMfaTokenSource(() => Prompt(context));
    }

    private static IMfaTokenSource Prompt(CommandContext context)
    {
        if (context.Console is SystemConsole && !OperatingSystem.IsWindows() && TryOpenTerminal() is { } terminal)
        {
            // Typed without echo, as the AWS CLI's getpass reads it.
            return new NoEchoMfaTokenSource(new PromptMfaTokenSource(terminal.Writer, terminal.Reader, interactive: true), terminal.Writer);
        }

        // From a pipe the answer is not echoed, so a newline ends the prompt's line, as getpass writes one.
        var interactive = context.Console.IsInputInteractive;
        return new PromptMfaTokenSource(context.Error, context.Console.In, interactive, endLine: !interactive);
    }

    private static (StreamWriter Writer, StreamReader Reader)? TryOpenTerminal()
    {
        try
        {
            // Kept open for the process's life: a chain may prompt more than once.
            var stream = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite);
            return (new StreamWriter(stream, leaveOpen: true) { AutoFlush = true }, new StreamReader(stream, leaveOpen: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
