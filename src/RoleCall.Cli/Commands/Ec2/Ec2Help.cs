using System.Text;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Ec2;

/// <summary>`rolecall ec2 &lt;command&gt; help`: the synopsis and options of the operation, from the embedded model.</summary>
internal static class Ec2Help
{
    public static string For(IamOperation operation)
    {
        var text = new StringBuilder();
        text.Append("usage: rolecall ec2 ").Append(operation.CliName).AppendLine(" [parameters]").AppendLine();
        text.AppendLine("OPTIONS");
        foreach (var member in (operation.Input?.Members ?? []).Where(m => operation.Paginator?.ReplacesMember(m.Name) != true))
        {
            var option = member.Shape.Type == "boolean" ? $"--{member.CliName} | --no-{member.CliName}" : $"--{member.CliName}";
            text.Append("  ").Append(option).Append(" (").Append(member.Shape.IsList ? "list" : member.Shape.Type).AppendLine(")");
        }

        text.AppendLine("  --cli-input-json (string)");
        if (operation.Paginator is not null)
        {
            text.AppendLine("  --starting-token (string)").AppendLine("  --page-size (integer)").AppendLine("  --max-items (integer)");
        }

        text.AppendLine("  --generate-cli-skeleton").AppendLine()
            .AppendLine("Filters take shorthand (Name=instance-state-name,Values=running) or JSON; EC2 is regional: pass --region")
            .AppendLine("or configure one. Global options: --profile, --region, --output, --query, --endpoint-url, --no-paginate, --debug.");
        return text.ToString();
    }
}
