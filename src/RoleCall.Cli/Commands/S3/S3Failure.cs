using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.S3;

/// <summary>How the s3 commands quote a failure inside their own lines: botocore's `str(ClientError)`.</summary>
internal static class S3Failure
{
    public static string Describe(RoleCallException error) => error is AwsServiceException service
        ? $"An error occurred ({service.Code}) when calling the {service.Operation} operation: {service.Message}"
        : error.Message;
}
