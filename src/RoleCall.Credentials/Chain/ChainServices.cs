using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Providers;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Chain;

/// <summary>
/// What the providers the builder creates need from the outside: STS, the MFA code source, the cache (null
/// turns caching off), the clock, the HTTP handler for the container/IMDS endpoints (null: one made when a chain reaches them), path expansion for
/// files a profile names (~, $VAR), the environment a credential_process runs with (null: this process's)
/// the vault (null: no vault-backed profiles) and IAM Identity Center (null: SSO profiles cannot resolve). One record so tests swap any of them.
/// </summary>
public sealed record ChainServices(
    IStsClient Sts,
    IMfaTokenSource Mfa,
    FileCredentialCache? Cache,
    TimeProvider Time,
    HttpMessageHandler? MetadataHandler,
    Func<string, string> ExpandPath,
    IReadOnlyDictionary<string, string>? ProcessEnvironment = null,
    IVaultStore? Vault = null,
    Sso.SsoServices? Sso = null);
