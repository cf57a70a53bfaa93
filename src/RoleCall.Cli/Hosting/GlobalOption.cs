namespace RoleCall.Cli.Hosting;

/// <summary>
/// One of the AWS CLI's global options, declared once in <see cref="GlobalOptionTable"/>: its name, the value it
/// takes (null for a flag), one line of help, and how it sets <see cref="GlobalOptions"/>. The parser, the
/// prefix table and the help text are all read from these declarations.
/// </summary>
internal sealed record GlobalOption(string Name, string? ValueName, string Help, Func<GlobalOptions, string, GlobalOptions> Apply)
{
    public bool TakesValue => ValueName is not null;

    /// <summary>`--region REGION` or `--debug`, as help shows it.</summary>
    public string Synopsis => TakesValue ? $"{Name} {ValueName}" : Name;
}
