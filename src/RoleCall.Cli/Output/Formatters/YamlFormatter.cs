using RoleCall.Cli.Output.Yaml;
using RoleCall.JmesPath.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// `--output yaml` (AWS CLI v2): the whole (merged) response as one YAML document; {} prints nothing. A scalar
/// result (`--query Roles[0].RoleName`) prints as JSON, as the AWS CLI's YAMLDumper does to avoid YAML's `...`
/// document end marker.
/// </summary>
internal sealed class YamlFormatter : OutputFormatter
{
    protected override void Print(JmesValue value, OutputOptions options, TextWriter output)
    {
        switch (value)
        {
            case JmesObject { Count: 0 }:
                return;
            case JmesObject or JmesArray:
                YamlWriter.WriteDocument(value, output);
                return;
            default:
                JsonWriter.Write(output, value, indent: 0, ensureAscii: false);
                output.Write('\n');
                return;
        }
    }
}
