namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// A structure member: its API name (`UserName`), its shape, the AWS CLI's option name (`user-name`) and, for
/// EC2, its response element name (`reservationSet`) and request parameter name (`InstanceId`); null means the
/// API name is used on the wire (IAM).
/// </summary>
internal sealed record ModelMember(string Name, ModelShape Shape, string CliName, string? XmlName = null, string? QueryName = null);
