using RoleCall.Iam.Handlers;

namespace RoleCall.Iam.Tests.Support;

/// <summary>
/// A test double that permits every request: for handler tests whose caller (a hand-built session) has no
/// entity the real authorizer could read policies from. The service itself has no allow-all authorizer.
/// </summary>
internal sealed class PermitEverythingAuthorizer : IRequestAuthorizer
{
    public void Authorize(ActionContext context, IActionHandler handler, string resourceArn)
    {
    }
}
