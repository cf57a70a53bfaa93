using System.Text;
using RoleCall.Cli.Commands.Iam.Model;

using RoleCall.Cli.Hosting;
namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// `rolecall iam &lt;command&gt; help`: laid out like the AWS CLI's help page (DESCRIPTION, SYNOPSIS, OPTIONS) with
/// botocore's description of the operation and of every parameter as plain text, each option with its type and
/// whether it is required. Paging members replaced by the paging options (Marker, MaxItems) are left out, as the
/// AWS CLI leaves them out.
/// </summary>
internal static class IamHelp
{
    private const string Indent = "      ";

    public static string For(IamOperation operation)
    {
        var docs = IamDocs.Load();
        var paginator = operation.Paginator;
        var members = (operation.Input?.Members ?? []).Where(m => paginator?.ReplacesMember(m.Name) != true).ToList();
        var options = new List<(string Option, string Description)>();
        foreach (var member in members)
        {
            var required = operation.Input!.Required.Contains(member.Name) ? " [required]" : string.Empty;
            var option = member.Shape.Type == "boolean" ? $"--{member.CliName} | --no-{member.CliName}" : $"--{member.CliName}";
            options.Add(($"{option} ({Describe(member.Shape)}){required}", docs.Parameter(operation.Name, member.Name)));
        }

        options.Add(("--cli-input-json (string)", docs.Option("--cli-input-json")));
        if (paginator is not null)
        {
            options.Add(("--starting-token (string)", docs.Option("--starting-token")));
            options.Add(("--page-size (integer)", docs.Option("--page-size")));
            options.Add(("--max-items (integer)", docs.Option("--max-items")));
        }

        options.Add(("--generate-cli-skeleton", docs.Option("--generate-cli-skeleton")));
        if (operation.Name == "CreateVirtualMFADevice")
        {
            // The AWS CLI's own wording (awscli/customizations/iamvirtmfa.py).
            options.Add(("--outfile (string) [required]", "The output path and file name where the bootstrap information will be stored."));
            options.Add(("--bootstrap-method (string) [required]", "Method to use to seed the virtual MFA. Valid values are: QRCodePNG | Base32StringSeed"));
            options.Add(("--qr-terminal", "rolecall only: also draw the QR code on the terminal (stderr) for an authenticator app."));
        }

        var text = new StringBuilder();
        text.Append("usage: rolecall iam ").Append(operation.CliName).AppendLine(" [parameters]").AppendLine();
        text.AppendLine("DESCRIPTION");
        AppendIndented(text, docs.Operation(operation.Name), "  ");
        if (paginator is not null)
        {
            AppendIndented(text, $"{operation.CliName} is a paginated operation. Multiple API calls may be issued in order to retrieve\nthe entire data set of results. You can disable pagination by providing the --no-paginate argument.", "  ");
        }

        text.AppendLine("OPTIONS");
        foreach (var (option, description) in options)
        {
            text.Append("  ").AppendLine(option);
            AppendIndented(text, description, Indent);
        }

        text.AppendLine("Values accept file://PATH, blobs fileb://PATH; lists take several values or JSON; structures take")
            .AppendLine("shorthand (Key=k,Value=v) or JSON. Options may be shortened to a unique prefix (--role-n).")
            .AppendLine()
            .Append(GlobalOptionTable.Help());
        return text.ToString();
    }

    private static void AppendIndented(StringBuilder text, string block, string indent)
    {
        foreach (var line in block.Split('\n'))
        {
            text.Append(line.Length == 0 ? string.Empty : indent).AppendLine(line);
        }

        text.AppendLine();
    }

    private static string Describe(ModelShape shape) => shape.Type switch
    {
        "list" => $"list of {Describe(shape.Element!)}",
        "structure" => "structure: " + string.Join(",", shape.Members.Select(m => $"{m.Name}=..")),
        "map" => "map",
        _ when shape.Enum is { } values => string.Join(" | ", values),
        var type => type,
    };
}
