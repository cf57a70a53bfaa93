using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// The option strings an iam command's parser knows, in the order the AWS CLI adds them to its argument table
/// (which is the order argparse lists them in an "ambiguous option" error): the input members (booleans as
/// `--x` and `--no-x`; the limit key as --max-items), --cli-input-json, the paging options, then
/// --generate-cli-skeleton and create-virtual-mfa-device's own options.
/// </summary>
internal static class IamOptions
{
    public static List<string> Names(IamOperation operation)
    {
        var names = new List<string>();
        foreach (var member in operation.Input?.Members ?? [])
        {
            names.Add("--" + member.CliName);
            if (member.Shape.Type == "boolean")
            {
                names.Add("--no-" + member.CliName);
            }
        }

        names.Add("--cli-input-json");
        if (operation.Paginator is not null)
        {
            names.Add("--starting-token");
            names.Add("--page-size");
            if (!IamPaging.Shadows(operation))
            {
                // IAM's own MaxItems already is --max-items; EC2's limit key (MaxResults) leaves the name free.
                names.Add("--max-items");
            }
        }

        names.Add("--generate-cli-skeleton");
        if (operation.Name == "CreateVirtualMFADevice")
        {
            names.AddRange(["--outfile", "--bootstrap-method", "--qr-terminal"]);
        }

        return names;
    }
}
