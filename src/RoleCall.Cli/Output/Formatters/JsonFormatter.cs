using RoleCall.JmesPath.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// `--output json`: the AWS CLI's `json.dump(response, indent=4, ensure_ascii=False)` plus a newline; an
/// empty object (an operation without output) prints nothing, while null, [] and "" print.
/// </summary>
internal sealed class JsonFormatter : OutputFormatter
{
    protected override void Print(JmesValue value, OutputOptions options, TextWriter output)
    {
        if (value is JmesObject { Count: 0 })
        {
            return;
        }

        JsonWriter.Write(output, value, indent: 4, ensureAscii: false);
        output.Write('\n');
    }
}
