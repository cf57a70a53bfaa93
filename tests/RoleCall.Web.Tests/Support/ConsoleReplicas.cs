using RoleCall.Cli.Commands.Serve;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.Ec2;
using RoleCall.Iam.Sqlite.IdentityCenter;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Server;
using RoleCall.Testing.Postgres;

namespace RoleCall.Web.Tests.Support;

/// <summary>
/// Two in-process servers over one IAM state, as replicas of `rolecall serve` behind a round-robin balancer
/// see it: each has its own console (its own memory), only the store is shared. <see cref="A"/> is the
/// tutorials' world (its helpers set up users and roles); <see cref="B"/> is the other replica.
/// </summary>
public sealed class ConsoleReplicas : IAsyncDisposable
{
    private readonly Action? cleanup;

    private ConsoleReplicas(ConsoleWorld a, LocalServer b, Action? cleanup)
    {
        A = a;
        B = b;
        this.cleanup = cleanup;
    }

    public ConsoleWorld A { get; }

    public LocalServer B { get; }

    /// <summary>Over one in-memory SQLite IAM store instance (each server keeps its own S3, EC2 and Identity Center).</summary>
    public static async Task<ConsoleReplicas> StartSharedSqliteAsync()
    {
        var iam = SqliteIamStore.InMemory();
        StoreChoice Shared() => new("shared in-memory IAM store", () =>
            new ServiceStores(iam, SqliteS3Store.InMemory(), FileObjectBodies.Temporary(), SqliteEc2Store.InMemory(), SqliteIdentityCenterStore.InMemory()));
        var a = await ConsoleWorld.StartAsync(Shared());
        var b = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = Shared() });
        return new ConsoleReplicas(a, b, null);
    }

    /// <summary>Over one fresh PostgreSQL database and one key file, wired as `serve --store postgresql://...` wires them.</summary>
    public static async Task<ConsoleReplicas> StartPostgresAsync()
    {
        var url = PostgresServer.Shared.CreateDatabase("console");
        var keyDirectory = Directory.CreateTempSubdirectory("rolecall-console-replicas-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = keyDirectory,
            [PostgresStores.KeyFileVariable] = Path.Combine(keyDirectory, "postgres.key"),
        };
        var a = await ConsoleWorld.StartAsync(PostgresStores.For(url, environment));
        var b = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = PostgresStores.For(url, environment) });
        return new ConsoleReplicas(a, b, () => Directory.Delete(keyDirectory, recursive: true));
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        cleanup?.Invoke();
    }
}
