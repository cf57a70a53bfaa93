using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>An <see cref="IVaultStore"/> in memory that counts the reads of keys (each would open the vault).</summary>
internal sealed class MemoryVault : IVaultStore
{
    public Dictionary<string, AwsCredentials> Keys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AwsCredentials> Sessions { get; } = new(StringComparer.Ordinal);

    public int KeyReads { get; private set; }

    public bool HasKeys(string profile) => Keys.ContainsKey(profile);

    public AwsCredentials ReadKeys(string profile)
    {
        KeyReads++;
        return Keys[profile];
    }

    public AwsCredentials? ReadSession(string cacheKey) => Sessions.GetValueOrDefault(cacheKey);

    public void WriteSession(string cacheKey, AwsCredentials session) => Sessions[cacheKey] = session;
}
