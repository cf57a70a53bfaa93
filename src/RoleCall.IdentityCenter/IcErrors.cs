using RoleCall.Core.Errors;

namespace RoleCall.IdentityCenter;

/// <summary>
/// Identity Center's errors, as the JSON protocols name them (the endpoint renders `__type` and `message`).
/// https://docs.aws.amazon.com/singlesignon/latest/APIReference/CommonErrors.html
/// </summary>
public static class IcErrors
{
    public static AwsServiceException Validation(string message) => new("ValidationException", message, 400);

    public static AwsServiceException Missing(string member) =>
        Validation($"1 validation error detected: Value null at '{Camel(member)}' failed to satisfy constraint: Member must not be null");

    public static AwsServiceException NotFound(string message) => new("ResourceNotFoundException", message, 400);

    public static AwsServiceException Conflict(string message) => new("ConflictException", message, 400);

    public static AwsServiceException AccessDenied(string message) => new("AccessDeniedException", message, 400);

    public static AwsServiceException UnknownOperation(string target) =>
        new("UnknownOperationException", $"The operation {target} is not supported by rolecall serve.", 400);

    private static string Camel(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
