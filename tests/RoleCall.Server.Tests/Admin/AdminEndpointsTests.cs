using System.Net.Http.Json;
using System.Text.Json;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.Admin;

/// <summary>`/_rolecall/health` and the opt-in dev clock.</summary>
public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task Should_report_healthy_without_authentication()
    {
        await using var server = await PipelineServer.StartAsync();
        using var response = await server.Client.GetAsync(new Uri(server.Url, "/_rolecall/health"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("{\"status\":\"ok\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_not_offer_the_clock_without_dev_clock()
    {
        await using var server = await PipelineServer.StartAsync(devClock: false);
        using var response = await server.Client.PostAsJsonAsync(new Uri(server.Url, "/_rolecall/clock"), new { advanceSeconds = 3600 });
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(TimeSpan.Zero, server.Clock.Offset);
    }

    [Fact]
    public async Task Should_move_the_service_clock_forward_with_dev_clock()
    {
        await using var server = await PipelineServer.StartAsync(devClock: true);
        using var response = await server.Client.PostAsJsonAsync(new Uri(server.Url, "/_rolecall/clock"), new { advanceSeconds = 3600 });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(3600, body.RootElement.GetProperty("offsetSeconds").GetInt64());
        Assert.Equal(TimeSpan.FromHours(1), server.Clock.Offset);
    }

    [Fact]
    public async Task Should_refuse_moving_the_clock_backwards()
    {
        await using var server = await PipelineServer.StartAsync(devClock: true);
        using var response = await server.Client.PostAsJsonAsync(new Uri(server.Url, "/_rolecall/clock"), new { advanceSeconds = -5 });
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(TimeSpan.Zero, server.Clock.Offset);
    }
}
