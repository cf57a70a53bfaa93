using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// A profile whose long-term keys are in the vault (`rolecall vault add/import`): read natively, with no
/// credential_process subprocess, and only when the graph is resolved (a cached role session never opens it).
/// </summary>
public sealed class VaultProvider(string profile, IVaultStore vault) : ICredentialProvider
{
    public const string VaultMethod = "vault";

    public string Profile { get; } = profile;

    public string Method => VaultMethod;

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) => ValueTask.FromResult(vault.ReadKeys(Profile));
}
