using RoleCall.Core.Errors;

namespace RoleCall.Cli.Output;

/// <summary>Names of the output formats and the precedence that picks one.</summary>
internal static class OutputFormats
{
    public static IReadOnlyList<string> Names { get; } = ["json", "text", "table", "yaml", "yaml-stream"];

    public static bool TryParse(string? name, out OutputFormat format)
    {
        format = name switch
        {
            "json" => OutputFormat.Json,
            "text" => OutputFormat.Text,
            "table" => OutputFormat.Table,
            "yaml" => OutputFormat.Yaml,
            "yaml-stream" => OutputFormat.YamlStream,
            _ => (OutputFormat)(-1),
        };
        return format >= 0;
    }

    /// <summary>
    /// The AWS CLI's precedence: `--output`, then AWS_DEFAULT_OUTPUT, then the profile's `output = `, then json.
    /// A bad `--output` is a usage error (252); a bad value from the environment or profile a configuration error (253).
    /// </summary>
    public static OutputFormat Resolve(string? option, string? environment, string? profile)
    {
        if (option is not null)
        {
            return TryParse(option, out var chosen) ? chosen : throw UsageException.InvalidChoice("--output", option, Names);
        }

        var configured = environment ?? profile;
        if (configured is null)
        {
            return OutputFormat.Json;
        }

        return TryParse(configured, out var format) ? format : throw OutputErrors.UnknownConfiguredFormat(configured, environment is not null);
    }

    /// <summary>
    /// The profile's `cli_timestamp_format`: unset or `iso8601` re-prints timestamps as Python's isoformat()
    /// (`2022-06-22T10:47:59+00:00`, the AWS CLI v2's default, which the tutorials show; issue 16, item 5);
    /// `wire` or `none` print them as the service sent them (`...Z`, the AWS CLI v1's default).
    /// </summary>
    public static TimestampFormat ResolveTimestampFormat(string? configured) => configured switch
    {
        "wire" or "none" => TimestampFormat.Wire,
        null or "iso8601" => TimestampFormat.Iso8601,
        _ => throw OutputErrors.UnknownTimestampFormat(configured),
    };
}
