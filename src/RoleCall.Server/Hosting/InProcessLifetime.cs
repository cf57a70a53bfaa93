using Microsoft.Extensions.Hosting;

namespace RoleCall.Server.Hosting;

/// <summary>
/// A host lifetime that listens to no signals: the owner of <see cref="LocalServer"/> decides when it stops
/// (the serve command on SIGINT/SIGTERM, a test in its DisposeAsync).
/// </summary>
internal sealed class InProcessLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
