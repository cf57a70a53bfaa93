using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>The chain's <see cref="IVaultStore"/> port over a vault backend; opened (and the passphrase asked) only on a read.</summary>
internal sealed class VaultStore(Func<IVaultBackend> open, TimeProvider time) : IVaultStore
{
    private IVaultBackend? _backend;

    private IVaultBackend Backend => _backend ??= open();

    public bool HasKeys(string profile) => !ItemNames.IsSession(profile) && Backend.Contains(profile);

    public AwsCredentials ReadKeys(string profile)
    {
        var item = Backend.Read(profile) ?? throw VaultErrors.NotFound(profile);
        return new AwsCredentials(item.AccessKeyId, item.SecretAccessKey, item.SessionToken, item.Expiration);
    }

    public AwsCredentials? ReadSession(string cacheKey) =>
        Backend.Read(ItemNames.Session(cacheKey)) is { } item ? new AwsCredentials(item.AccessKeyId, item.SecretAccessKey, item.SessionToken, item.Expiration) : null;

    public void WriteSession(string cacheKey, AwsCredentials session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Backend.Write(ItemNames.Session(cacheKey), new VaultItem(session.AccessKeyId, session.SecretAccessKey, session.SessionToken, session.Expiration, time.GetUtcNow()));
    }
}
