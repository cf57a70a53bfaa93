namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>An IAM API operation as the `rolecall iam` commands see it.</summary>
internal sealed record IamOperation(string Name, string CliName, ModelShape? Input, ModelShape? Output);
