namespace RoleCall.Cli.Hosting;

/// <summary>
/// One verb: `configure get`, `sts assume-role`, `serve`. A command binds its options, calls one service
/// and formats the result (STYLE.md 1); its logic lives in the library projects.
/// </summary>
internal interface ICommand
{
    /// <summary>The words that select it, space separated: "configure get".</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full help: synopsis, options, examples.</summary>
    string Help { get; }

    /// <summary>
    /// The command's own long options, the table argparse-style prefixes (`--role-a`) are resolved against and
    /// the order an ambiguity error names them in; by default every option its help shows.
    /// </summary>
    IReadOnlyList<string> OptionNames => HelpOptionNames.From(Help);

    Task<int> RunAsync(CommandContext context, CancellationToken cancellation);
}
