namespace RoleCall.Credentials.Mfa;

/// <summary>
/// Asks a person: writes <c>Enter MFA code for &lt;serial&gt;: </c> (the AWS CLI's prompt) to the terminal or
/// stderr, never stdout, and reads one line. An empty answer or end of input is an error.
/// </summary>
public sealed class PromptMfaTokenSource(TextWriter prompt, TextReader input, bool interactive) : IMfaTokenSource
{
    public bool CanRetry => interactive;

    public async ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation)
    {
        await prompt.WriteAsync($"Enter MFA code for {serial}: ");
        await prompt.FlushAsync(cancellation);
        var line = await input.ReadLineAsync(cancellation);
        var code = line?.Trim();
        return string.IsNullOrEmpty(code) ? throw MfaErrors.CodeRequired(serial) : code;
    }
}
