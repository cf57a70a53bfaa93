using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Ec2;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>
/// `rolecall ec2 ...`: one command per EC2 operation in the embedded model (ec2-model.txt); names listed here
/// so the catalog is built without loading the model.
/// </summary>
internal static class Ec2Commands
{
    public static IEnumerable<ICommand> All => [new Ec2OperationCommand("DescribeInstances", "describe-instances", CredentialServices.Default)];
}
