using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// IAM Identity Center (sso_*): recognised and validated so the chain is right, but not resolved — RoleCall
/// does not run the SSO device flow. Resolving it explains how to bridge through the AWS CLI.
/// </summary>
public sealed class SsoProvider(string profile, string? startUrl, string? region, string? session, string? accountId, string? roleName) : ICredentialProvider
{
    public string Profile { get; } = profile;

    public string? StartUrl { get; } = startUrl;

    public string? Region { get; } = region;

    public string? Session { get; } = session;

    public string? AccountId { get; } = accountId;

    public string? RoleName { get; } = roleName;

    public string Method => "sso";

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        throw Chain.ChainErrors.SsoNotSupported(Profile);
}
