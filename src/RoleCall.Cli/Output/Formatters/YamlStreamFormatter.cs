using RoleCall.Cli.Output.Pagination;
using RoleCall.Cli.Output.Yaml;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// `--output yaml-stream` (AWS CLI v2): each page, queried on its own, printed as a one-element YAML list
/// as soon as it arrives, so the pages read as one long list.
/// </summary>
internal sealed class YamlStreamFormatter : OutputFormatter
{
    public override void WritePaged(PagedResponse response, OutputOptions options, TextWriter output)
    {
        foreach (var page in response.Pages)
        {
            Write(page, options, output);
        }
    }

    protected override void Print(JmesValue value, OutputOptions options, TextWriter output) =>
        YamlWriter.WriteDocument(new JmesArray([value]), output);
}
