using RoleCall.Cli.Commands.S3;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>`rolecall s3 ls|mb|rb`: the AWS CLI's high-level S3 commands, their output and exit codes.</summary>
internal static class S3Commands
{
    public static IEnumerable<ICommand> All => [new S3LsCommand(), new S3MbCommand(), new S3RbCommand()];
}
