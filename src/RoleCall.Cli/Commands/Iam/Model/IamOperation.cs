using RoleCall.Cli.Output.Pagination;

namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// An IAM API operation as the `rolecall iam` commands see it; <paramref name="Paginator"/> is botocore's
/// paginator for it (null when the AWS CLI does not paginate the operation).
/// </summary>
internal sealed record IamOperation(string Name, string CliName, ModelShape? Input, ModelShape? Output, PaginatorConfig? Paginator);
