using RoleCall.JmesPath;

namespace RoleCall.Cli.Output;

/// <summary>
/// How to print one response: the format, the compiled `--query` (null when none), the operation name the
/// table format uses as its title (`GetCallerIdentity`), and the terminal width the table format fits into
/// (the AWS CLI uses 80 when stdout is not a terminal).
/// </summary>
internal sealed record OutputOptions(OutputFormat Format, JmesPathExpression? Query, string OperationName, int TerminalWidth = 80);
