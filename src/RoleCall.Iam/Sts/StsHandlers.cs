using RoleCall.Iam.Handlers;
using RoleCall.Iam.Sts.Actions;

namespace RoleCall.Iam.Sts;

/// <summary>The STS actions, as listed by <see cref="HandlerCatalog"/>.</summary>
internal static class StsHandlers
{
    public static IEnumerable<IActionHandler> All() =>
    [
        new GetCallerIdentityHandler(),
        new AssumeRoleHandler(),
        new GetSessionTokenHandler(),
        new GetFederationTokenHandler(),
        new GetAccessKeyInfoHandler(),
        new DecodeAuthorizationMessageHandler(),
    ];
}
