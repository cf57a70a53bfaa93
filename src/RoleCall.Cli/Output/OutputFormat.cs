namespace RoleCall.Cli.Output;

/// <summary>The AWS CLI's `--output` values (yaml and yaml-stream as in AWS CLI v2).</summary>
internal enum OutputFormat
{
    Json,
    Text,
    Table,
    Yaml,
    YamlStream,
}
