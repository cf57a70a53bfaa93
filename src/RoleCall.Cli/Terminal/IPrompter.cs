namespace RoleCall.Cli.Terminal;

/// <summary>
/// Questions to the user. Prompts go to stderr, never stdout (stdout is a contract: `eval "$(rolecall ...)"`
/// must keep working while a prompt appears); answers come from stdin, a terminal or a pipe.
/// Reuse it for MFA codes: <c>ConsolePrompter.For(context.Console).ReadSecret("Enter MFA code for X: ")</c>.
/// </summary>
internal interface IPrompter
{
    /// <summary>Shows <paramref name="prompt"/> and reads one line; null at end of input (a closed pipe).</summary>
    string? ReadLine(string prompt);

    /// <summary>Like <see cref="ReadLine"/>, but on a terminal the typed characters are not echoed.</summary>
    string? ReadSecret(string prompt);
}
