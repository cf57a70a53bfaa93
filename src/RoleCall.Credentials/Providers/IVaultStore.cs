using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// The vault as the chain sees it (a port: RoleCall.Vault implements it, the CLI wires it in, so the chain
/// never depends on a backend). <see cref="HasKeys"/> is cheap and never asks for a passphrase; reading may.
/// </summary>
public interface IVaultStore
{
    bool HasKeys(string profile);

    /// <summary>The profile's long-term keys; a RoleCallException when the vault cannot give them.</summary>
    AwsCredentials ReadKeys(string profile);

    /// <summary>A role session kept in the vault (profiles with vault_sessions = true), or null.</summary>
    AwsCredentials? ReadSession(string cacheKey);

    void WriteSession(string cacheKey, AwsCredentials session);
}
