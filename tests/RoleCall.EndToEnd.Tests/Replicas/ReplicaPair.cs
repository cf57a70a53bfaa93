using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;
using RoleCall.Testing.Postgres;

namespace RoleCall.EndToEnd.Tests.Replicas;

/// <summary>
/// Two in-process `rolecall serve` replicas on their own ports over one fresh PostgreSQL database, wired by the
/// composition root exactly as `serve --store URL --data DIR` wires them, sharing one store key file and one
/// S3 body directory.
/// </summary>
internal sealed class ReplicaPair : IAsyncDisposable
{
    private readonly string keyDirectory;

    private ReplicaPair(LocalServer a, LocalServer b, string keyDirectory)
    {
        A = a;
        B = b;
        this.keyDirectory = keyDirectory;
    }

    public LocalServer A { get; }

    public LocalServer B { get; }

    public static async Task<ReplicaPair> StartAsync()
    {
        var url = PostgresServer.Shared.CreateDatabase("replicas");
        var keyDirectory = Directory.CreateTempSubdirectory("rolecall-replicas-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = keyDirectory,
            [PostgresStores.KeyFileVariable] = Path.Combine(keyDirectory, "postgres.key"),
        };
        var shared = Path.Combine(keyDirectory, "shared");
        var a = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = PostgresStores.For(url, environment, shared) });
        var b = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = PostgresStores.For(url, environment, shared) });
        return new ReplicaPair(a, b, keyDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Directory.Delete(keyDirectory, recursive: true);
    }
}
