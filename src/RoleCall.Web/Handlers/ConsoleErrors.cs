using RoleCall.Core.Errors;

namespace RoleCall.Web.Handlers;

/// <summary>How a page shows an AWS error: the code, then AWS's own message (AccessDenied names the action and resource).</summary>
internal static class ConsoleErrors
{
    public static string Describe(AwsServiceException e) => $"{e.Code}: {e.Message}";
}
