namespace RoleCall.Cli.Output.Yaml;

/// <summary>How a string scalar is written.</summary>
internal enum ScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
}
