namespace RoleCall.Config.Profiles;

/// <summary>
/// The origin of one value: the source, and the file path with 1-based line, the variable name, or the
/// option name. Public API: the factories below; <see cref="ToString"/> gives "path:line", "env AWS_REGION",
/// "--region" or "default".
/// </summary>
public sealed record ValueOrigin(ValueSource Source, string? Location = null, int Line = 0)
{
    public static ValueOrigin Default { get; } = new(ValueSource.Default);

    public static ValueOrigin CommandLine(string option) => new(ValueSource.CommandLine, option);

    public static ValueOrigin EnvironmentVariable(string name) => new(ValueSource.Environment, name);

    public static ValueOrigin ConfigFile(string path, int line) => new(ValueSource.ConfigFile, path, line);

    public static ValueOrigin CredentialsFile(string path, int line) => new(ValueSource.CredentialsFile, path, line);

    public bool IsFile => Source is ValueSource.ConfigFile or ValueSource.CredentialsFile;

    public override string ToString() => Source switch
    {
        ValueSource.ConfigFile or ValueSource.CredentialsFile => $"{Location}:{Line}",
        ValueSource.Environment => $"env {Location}",
        ValueSource.CommandLine => Location ?? "command line",
        _ => "default",
    };
}
