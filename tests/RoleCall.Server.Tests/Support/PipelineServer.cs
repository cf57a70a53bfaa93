using RoleCall.Iam.Sts.Clock;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Tests.Support;

/// <summary>The real HTTP pipeline on Kestrel (127.0.0.1, free port) over a <see cref="FakeIamService"/>.</summary>
internal sealed class PipelineServer : IAsyncDisposable
{
    private readonly ServerHost _host;

    private PipelineServer(ServerHost host, FakeIamService iam, ServiceClock clock)
    {
        _host = host;
        Iam = iam;
        Clock = clock;
    }

    public FakeIamService Iam { get; }

    public ServiceClock Clock { get; }

    public Uri Url => _host.Url;

    public HttpClient Client { get; } = new();

    public static async Task<PipelineServer> StartAsync(bool devClock = false)
    {
        var iam = new FakeIamService();
        var clock = new ServiceClock(TimeProvider.System);
        var pipeline = ServiceComposition.QueryOnly(iam, clock, devClock);
        var host = await ServerHost.StartAsync("127.0.0.1", 0, pipeline.HandleAsync, CancellationToken.None);
        return new PipelineServer(host, iam, clock);
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Client.SendAsync(request);
            return await Reply.ReadAsync(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
