namespace RoleCall.Core.Errors;

/// <summary>Bad command syntax: unknown command or option, missing or malformed argument (exit 252).</summary>
public sealed class UsageException : RoleCallException
{
    private UsageException(string message, string? hint = null)
        : base(message, hint)
    {
    }

    public override int ExitCode => ExitCodes.BadSyntax;

    public static UsageException ExpectedOneArgument(string option) =>
        new($"argument {option}: expected one argument");

    public static UsageException Unrecognized(IEnumerable<string> arguments) =>
        new($"Unknown options: {string.Join(", ", arguments)}", "run `rolecall <command> help` to see its options");

    public static UsageException MissingRequired(IEnumerable<string> options) =>
        new($"the following arguments are required: {string.Join(", ", options)}");

    public static UsageException InvalidChoice(string option, string value, IEnumerable<string> choices) =>
        new($"argument {option}: Invalid choice, valid choices are: {string.Join(" | ", choices)}",
            $"'{value}' is not one of them");

    public static UsageException InvalidValue(string option, string value, string expected) =>
        new($"argument {option}: invalid value '{value}': expected {expected}");

    public static UsageException UnknownCommand(string command) =>
        new($"argument command: Invalid choice: '{command}'", "run `rolecall help` to list the commands");

    public static UsageException Custom(string message, string? hint = null) => new(message, hint);
}
