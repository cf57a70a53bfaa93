using RoleCall.Iam.Authorization;

namespace RoleCall.Iam.Handlers;

/// <summary>Plugs the policy-enforcing authorizer into <see cref="HandlerCatalog"/> (its UseAuthorizer hook).</summary>
public static partial class HandlerCatalog
{
    static partial void UseAuthorizer(IamRuntime runtime, ref IRequestAuthorizer authorizer) =>
        authorizer = new PolicyRequestAuthorizer(runtime);
}
