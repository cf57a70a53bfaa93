using System.Security.Cryptography;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>Opens PostgreSQL stores the way `serve --store` does, with one key shared by the test's replicas.</summary>
internal static class Stores
{
    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static PostgresIamStore OpenIam(string url, byte[]? key = null) =>
        PostgresIamStore.Open(PostgresStoreUrl.Parse(url), password: null, key ?? Key, maxPoolSize: 10);

    /// <summary>The EC2 store of a replica of its own (its own pools), as a second `serve` process opens it.</summary>
    public static PostgresEc2Store OpenEc2(string url)
    {
        using var backend = PostgresBackend.Open(PostgresStoreUrl.Parse(url), password: null, maxPoolSize: 10);
        return new PostgresEc2Store(backend);
    }

    /// <summary>The S3 store of a replica of its own.</summary>
    public static Postgres.S3.PostgresS3Store OpenS3(string url)
    {
        using var backend = PostgresBackend.Open(PostgresStoreUrl.Parse(url), password: null, maxPoolSize: 10);
        return new Postgres.S3.PostgresS3Store(backend);
    }

    /// <summary>The Identity Center store of a replica of its own.</summary>
    public static PostgresIdentityCenterStore OpenIdentityCenter(string url)
    {
        using var backend = PostgresBackend.Open(PostgresStoreUrl.Parse(url), password: null, maxPoolSize: 10);
        return new PostgresIdentityCenterStore(backend);
    }
}
