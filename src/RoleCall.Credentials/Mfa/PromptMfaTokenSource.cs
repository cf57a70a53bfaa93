namespace RoleCall.Credentials.Mfa;

/// <summary>
/// Asks a person: writes <c>Enter MFA code for &lt;serial&gt;: </c> (the AWS CLI's prompt) to the terminal or
/// stderr, never stdout, and reads one line. End of input is an error; an empty line is returned as typed (""), as
/// getpass returns it, and the caller refuses it as botocore does (<see cref="MfaErrors.CodeTooShort"/>).
/// With <paramref name="endLine"/> (the answer came from a pipe, so nothing on screen ended the prompt's line) a
/// newline follows the answer, as getpass writes one, so what is printed next starts on a line of its own.
/// </summary>
public sealed class PromptMfaTokenSource(TextWriter prompt, TextReader input, bool interactive, bool endLine = false) : IMfaTokenSource
{
    public bool CanRetry => interactive;

    public async ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation)
    {
        await prompt.WriteAsync($"Enter MFA code for {serial}: ");
        await prompt.FlushAsync(cancellation);
        var line = await input.ReadLineAsync(cancellation);
        if (endLine)
        {
            await prompt.WriteLineAsync();
            await prompt.FlushAsync(cancellation);
        }

        return line is null ? throw MfaErrors.CodeRequired(serial) : line.Trim();
    }
}
