namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>A structure member: its API name (`UserName`), its shape and the AWS CLI's option name (`user-name`).</summary>
internal sealed record ModelMember(string Name, ModelShape Shape, string CliName);
