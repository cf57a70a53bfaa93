using System.Text;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Output.Pagination;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>Help for an iam command, built from its input shape: every option with its type and whether it is required.</summary>
internal static class IamHelp
{
    public static string For(IamOperation operation)
    {
        var text = new StringBuilder();
        text.Append("usage: rolecall iam ").Append(operation.CliName).AppendLine(" [parameters]").AppendLine();
        text.Append("Calls the IAM ").Append(operation.Name).AppendLine(" API with the AWS CLI's parameters and output.").AppendLine();
        var paginator = IamPaginators.For(operation.Name);
        var members = (operation.Input?.Members ?? []).Where(m => paginator?.ReplacesMember(m.Name) != true).ToList();
        text.AppendLine("Parameters:");
        foreach (var member in members)
        {
            var required = operation.Input!.Required.Contains(member.Name) ? " (required)" : string.Empty;
            var option = member.Shape.Type == "boolean" ? $"--{member.CliName} | --no-{member.CliName}" : $"--{member.CliName} <{Describe(member.Shape)}>";
            text.Append("  ").Append(option).AppendLine(required);
        }

        if (members.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        if (paginator is not null)
        {
            text.AppendLine("  --max-items <integer>  --starting-token <string>  --page-size <integer>  (automatic pagination)");
        }

        text.AppendLine("  --cli-input-json <JSON or file://F>  --generate-cli-skeleton");
        if (operation.Name == "CreateVirtualMFADevice")
        {
            text.AppendLine("  --outfile <path> (required)  --bootstrap-method QRCodePNG|Base32StringSeed (required)  --qr-terminal");
        }

        text.AppendLine().AppendLine("String values accept file://PATH, blobs fileb://PATH; lists take several values or JSON; structures take")
            .AppendLine("shorthand (Key=k,Value=v) or JSON. Global options: --profile, --region, --output, --query, --endpoint-url.");
        return text.ToString();
    }

    private static string Describe(ModelShape shape) => shape.Type switch
    {
        "list" => $"{Describe(shape.Element!)} ...",
        "structure" => string.Join(",", shape.Members.Select(m => $"{m.Name}=..")),
        _ when shape.Enum is { } values => string.Join("|", values),
        var type => type,
    };
}
