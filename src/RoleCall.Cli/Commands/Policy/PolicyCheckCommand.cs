using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Policy.Parsing;

namespace RoleCall.Cli.Commands.Policy;

/// <summary>`rolecall policy check FILE [--kind K] [--output json]`: validates a policy document offline.</summary>
internal sealed class PolicyCheckCommand : ICommand
{
    private static readonly string[] Kinds = ["identity", "trust", "session", "boundary", "resource"];

    public string Name => "policy check";

    public string Summary => "validate an IAM policy document offline (every problem with line:column and a hint)";

    public string Help => """
        usage: rolecall policy check FILE [--kind identity|trust|session|boundary|resource] [--output json]

        Validates FILE (a path, file://PATH, or - for standard input) as IAM would for the policy kind and
        prints every problem as FILE:LINE:COLUMN: severity: IAM's message [JSON path], then a hint.
        Without --kind, a document that names a Principal is checked as a trust policy, others as identity.
        --output json prints one JSON object for scripts. Exit status: 0 clean, 1 problems found.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var file = context.Arguments.Positional() ?? throw PolicyCheckErrors.MissingFile();
        var kindText = context.Arguments.Option("--kind");
        context.Arguments.EnsureConsumed();
        PolicyKind? kind = kindText is null ? null
            : Array.IndexOf(Kinds, kindText) >= 0 ? Enum.Parse<PolicyKind>(kindText, ignoreCase: true)
            : throw UsageException.InvalidChoice("--kind", kindText, Kinds);

        var document = await ReadAsync(file, context, cancellation);
        var report = PolicyLinter.Check(document, kind);
        var name = file == "-" ? "<stdin>" : file;
        if (context.Globals.Output == "json")
        {
            await context.Out.WriteLineAsync(PolicyCheckFormatter.Json(name, report));
        }
        else
        {
            await context.Out.WriteAsync(PolicyCheckFormatter.Text(name, report));
        }

        return report.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.NotFound;
    }

    private static async Task<string> ReadAsync(string file, CommandContext context, CancellationToken cancellation)
    {
        if (file == "-")
        {
            return await context.Console.In.ReadToEndAsync(cancellation);
        }

        var path = file.StartsWith("file://", StringComparison.Ordinal) ? file["file://".Length..] : file;
        try
        {
            return await File.ReadAllTextAsync(path, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PolicyCheckErrors.Unreadable(path, SystemFailureText.Of(e));
        }
    }
}
