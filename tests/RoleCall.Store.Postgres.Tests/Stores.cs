using System.Security.Cryptography;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>Opens PostgreSQL stores the way `serve --store` does, with one key shared by the test's replicas.</summary>
internal static class Stores
{
    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static PostgresIamStore OpenIam(string url, byte[]? key = null) =>
        PostgresIamStore.Open(PostgresStoreUrl.Parse(url), password: null, key ?? Key, maxPoolSize: 10);
}
