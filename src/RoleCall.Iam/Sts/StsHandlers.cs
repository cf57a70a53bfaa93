using RoleCall.Iam.Sts.Actions;

namespace RoleCall.Iam.Handlers;

/// <summary>The STS actions' contribution to <see cref="HandlerCatalog"/> (its AddSts hook).</summary>
public static partial class HandlerCatalog
{
    static partial void AddSts(List<IActionHandler> handlers) => handlers.AddRange(
    [
        new GetCallerIdentityHandler(),
        new AssumeRoleHandler(),
        new GetSessionTokenHandler(),
        new GetFederationTokenHandler(),
        new GetAccessKeyInfoHandler(),
        new DecodeAuthorizationMessageHandler(),
    ]);
}
