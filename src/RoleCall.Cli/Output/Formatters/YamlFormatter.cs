using RoleCall.Cli.Output.Yaml;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>`--output yaml` (AWS CLI v2): the whole (merged) response as one YAML document; {} prints nothing.</summary>
internal sealed class YamlFormatter : OutputFormatter
{
    protected override void Print(JmesValue value, OutputOptions options, TextWriter output)
    {
        if (value is JmesObject { Count: 0 })
        {
            return;
        }

        YamlWriter.WriteDocument(value, output);
    }
}
