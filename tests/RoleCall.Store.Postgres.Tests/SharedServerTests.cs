namespace RoleCall.Store.Postgres.Tests;

/// <summary>The test classes over the shared PostgreSQL server, run one after another (xunit runs a collection sequentially).</summary>
[CollectionDefinition(Name)]
public sealed class SharedServerTests
{
    public const string Name = "postgres";
}
