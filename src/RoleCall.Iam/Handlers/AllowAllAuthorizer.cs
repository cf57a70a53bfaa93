namespace RoleCall.Iam.Handlers;

/// <summary>
/// The authorizer in force until policy enforcement is plugged in: every authenticated caller may do
/// everything in its own account (handlers only ever act in the caller's account).
/// </summary>
public sealed class AllowAllAuthorizer : IRequestAuthorizer
{
    public static AllowAllAuthorizer Instance { get; } = new();

    public void Authorize(ActionContext context, IActionHandler handler, string resourceArn)
    {
    }
}
