using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Hosting;

public sealed class CliApplicationTests
{
    private sealed class EchoCommand : ICommand
    {
        public string Name => "demo echo";

        public string Summary => "prints its --text";

        public string Help => "usage: rolecall demo echo --text T\n";

        public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
        {
            var text = context.Arguments.RequiredOption("--text");
            context.Arguments.EnsureConsumed();
            context.Out.WriteLine($"{text} profile={context.Globals.Profile ?? "-"}");
            return Task.FromResult(0);
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var console = new BufferConsole();
        var app = new CliApplication(new CommandCatalog([new EchoCommand()]), console, new Dictionary<string, string>(), TimeProvider.System);
        var code = app.RunAsync(args).GetAwaiter().GetResult();
        return (code, console.StandardOutput, console.StandardError);
    }

    [Fact]
    public void Should_accept_global_options_anywhere_in_both_spellings()
    {
        Assert.Equal((0, "hi profile=p1\n", ""), Run("--profile", "p1", "demo", "echo", "--text", "hi"));
        Assert.Equal((0, "hi profile=p2\n", ""), Run("demo", "echo", "--text=hi", "--profile=p2"));
    }

    [Fact]
    public void Should_exit_252_for_a_missing_option_value_in_the_aws_cli_wording()
    {
        var (code, stdout, stderr) = Run("demo", "echo", "--text");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Equal("", stdout);
        Assert.Contains("argument --text: expected one argument", stderr);
    }

    [Fact]
    public void Should_exit_252_for_unknown_arguments_and_commands()
    {
        var unknown = Run("demo", "echo", "--text", "x", "--bogus", "1");
        Assert.Equal(ExitCodes.BadSyntax, unknown.Code);
        Assert.Contains("rolecall: error: Unknown options: --bogus, 1", unknown.Err);
        var (code, _, stderr) = Run("nope");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Contains("Invalid choice: 'nope'", stderr);
    }

    [Fact]
    public void Should_end_the_usage_with_one_error_line_for_an_unknown_or_missing_subcommand()
    {
        var unknown = Run("demo", "cp", "a", "b");
        Assert.Equal(ExitCodes.BadSyntax, unknown.Code);
        Assert.StartsWith("usage: rolecall demo <subcommand> [parameters]\n", unknown.Err, StringComparison.Ordinal);
        Assert.EndsWith("rolecall: error: argument subcommand: Invalid choice: 'cp'\nhint: `rolecall demo` offers echo; `rolecall demo help` describes them\n", unknown.Err, StringComparison.Ordinal);

        var missing = Run("demo");
        Assert.Equal(ExitCodes.BadSyntax, missing.Code);
        Assert.Contains("rolecall: error: the following arguments are required: subcommand\n", missing.Err, StringComparison.Ordinal);

        var nothing = Run();
        Assert.Equal(ExitCodes.BadSyntax, nothing.Code);
        Assert.Contains("rolecall: error: the following arguments are required: command\n", nothing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_a_commands_help_on_stdout_with_exit_0()
    {
        Assert.Equal((0, "usage: rolecall demo echo --text T\n", ""), Run("demo", "echo", "help"));
        Assert.Equal((0, "usage: rolecall demo echo --text T\n", ""), Run("demo", "echo", "--help"));
    }

    [Fact]
    public void Should_reject_an_unknown_output_format_with_the_choices()
    {
        var (code, _, stderr) = Run("--output", "xml", "demo", "echo", "--text", "x");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Contains("json | text | table | yaml | yaml-stream", stderr);
    }
}
