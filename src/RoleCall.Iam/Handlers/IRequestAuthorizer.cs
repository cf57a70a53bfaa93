namespace RoleCall.Iam.Handlers;

/// <summary>
/// Decides whether the caller may run an action on a resource, before the handler runs. The "sts"/"policy"
/// developers provide the real one (Authorization/, plugged in through
/// <see cref="HandlerCatalog"/>'s UseAuthorizer hook); until then <see cref="AllowAllAuthorizer"/> applies.
/// </summary>
public interface IRequestAuthorizer
{
    /// <summary>Returns when allowed; throws an AwsServiceException (AccessDenied) otherwise.</summary>
    void Authorize(ActionContext context, IActionHandler handler, string resourceArn);
}
