using RoleCall.Credentials.Mfa;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// Reads the MFA code at the terminal as the AWS CLI does (getpass): echo off while the code is typed, the
/// terminal's exact settings restored afterwards (`stty -g` and back, also on error or Ctrl+C), and a newline
/// written in place of the unechoed Enter (issue 16, item 3). Where `stty` cannot reach /dev/tty the code is
/// read as before.
/// </summary>
internal sealed class NoEchoMfaTokenSource(IMfaTokenSource inner, TextWriter terminal) : IMfaTokenSource
{
    public bool CanRetry => inner.CanRetry;

    public async ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation)
    {
        var echoOff = TerminalEcho.Off();
        if (echoOff is null)
        {
            return await inner.GetTokenAsync(serial, cancellation);
        }

        try
        {
            return await inner.GetTokenAsync(serial, cancellation);
        }
        finally
        {
            echoOff.Dispose();
            await terminal.WriteLineAsync();
        }
    }
}
