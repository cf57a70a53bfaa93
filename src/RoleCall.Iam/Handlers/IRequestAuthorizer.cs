namespace RoleCall.Iam.Handlers;

/// <summary>
/// Decides whether the caller may run an action on a resource, before the handler runs; it is called for
/// every request. The service uses <see cref="HandlerCatalog.Authorizer"/>; tests may pass their own.
/// </summary>
public interface IRequestAuthorizer
{
    /// <summary>Returns when allowed; throws an AwsServiceException (AccessDenied) otherwise.</summary>
    void Authorize(ActionContext context, IActionHandler handler, string resourceArn);
}
