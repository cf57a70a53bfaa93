using RoleCall.Core.Errors;

namespace RoleCall.Server.Dispatch;

/// <summary>AWS's common errors about the action itself (https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html).</summary>
internal static class DispatchErrors
{
    public static AwsServiceException MissingAction() =>
        new("MissingAction", "The request is missing an action or a required parameter.", 400);

    public static AwsServiceException InvalidAction(string action, string version) =>
        new("InvalidAction", $"Could not find operation {action} for version {version}", 400);
}
