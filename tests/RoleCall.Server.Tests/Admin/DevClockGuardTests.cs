using System.Net.Http.Json;
using System.Text;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.Admin;

/// <summary>
/// Issue 17, item 9: any web page could move the dev clock with a cross-origin `text/plain` POST, and moving
/// it past the year 9999 made every later request fail with 500 until a restart.
/// </summary>
public sealed class DevClockGuardTests : IAsyncLifetime
{
    private PipelineServer _server = null!;

    private Uri Clock => new(_server.Url, "/_rolecall/clock");

    public async Task InitializeAsync() => _server = await PipelineServer.StartAsync(devClock: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_text_plain_post_a_web_page_could_send_without_preflight()
    {
        using var content = new StringContent("{\"advanceSeconds\": 3600}", Encoding.UTF8, "text/plain");
        using var response = await _server.Client.PostAsync(Clock, content);

        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal(TimeSpan.Zero, _server.Clock.Offset);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Should_refuse_a_json_post_from_another_origin(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Clock) { Content = JsonContent.Create(new { advanceSeconds = 3600 }) };
        request.Headers.Add(header, value);
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal(TimeSpan.Zero, _server.Clock.Offset);
    }

    [Fact]
    public async Task Should_accept_a_json_post_from_its_own_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Clock) { Content = JsonContent.Create(new { advanceSeconds = 60 }) };
        request.Headers.Add("Origin", $"http://{_server.Url.Authority}");
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), _server.Clock.Offset);
    }

    [Fact]
    public async Task Should_stop_the_clock_short_of_the_year_9999_and_keep_answering()
    {
        var refused = 0;
        for (var step = 0; step < 900 && refused == 0; step++)
        {
            using var response = await _server.Client.PostAsJsonAsync(Clock, new { advanceSeconds = 10L * 366 * 24 * 3600 });
            if ((int)response.StatusCode == 400)
            {
                refused++;
                Assert.Contains("would move the clock past 9999-01-01T00:00:00Z", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(200, (int)response.StatusCode);
            }
        }

        Assert.Equal(1, refused);
        Assert.True(_server.Clock.GetUtcNow().Year >= 9988);
        using var read = await _server.Client.GetAsync(Clock);
        Assert.Equal(200, (int)read.StatusCode);
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=GetUser&Version=2010-05-08", root));
        Assert.Equal(200, reply.Status);
    }
}
