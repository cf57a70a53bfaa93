using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>
/// Issue 12: `console --print-url` reads its federation URL without System.Uri when the URL is plain. Whatever
/// the reading, the URL, the Host header and the connection target must be System.Uri's, and everything
/// that is not plain must still go through System.Uri (its rewrites and its errors).
/// </summary>
public sealed class HttpEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:4600/federation")]
    [InlineData("http://127.0.0.1/federation")]
    [InlineData("http://127.0.0.1:80/federation")]
    [InlineData("https://signin.aws.amazon.com/federation")]
    [InlineData("https://signin.amazonaws-us-gov.com:443/federation")]
    [InlineData("https://signin.amazonaws.cn/federation")]
    [InlineData("http://localhost:65535/a/b-c/d_e.f~g/federation")]
    [InlineData("http://my-host.internal:8080")]
    [InlineData("http://my-host.internal:8080/")]
    [InlineData("https://0.0.0.0:1/federation")]
    public void Should_read_a_plain_url_as_system_uri_does(string url)
    {
        var uri = new Uri(url);
        var plain = HttpEndpoint.TryParsePlain(url);

        Assert.NotNull(plain);
        Assert.Equal(uri.ToString(), plain.Url);
        Assert.Equal(uri.Authority, plain.Authority);
        Assert.Equal(HttpTarget.Of(uri), plain.Target);
        Assert.Equal(HttpTarget.Of(uri).HostHeader, plain.Target!.HostHeader);
        Assert.Equal(HttpTarget.Of(uri).PathAndQuery, plain.Target.PathAndQuery);
    }

    [Theory]
    [InlineData("http://127.1:4600/federation")]
    [InlineData("http://0x7f.0.0.1/federation")]
    [InlineData("http://2130706433/federation")]
    [InlineData("http://127.000.0.1/federation")]
    [InlineData("http://LOCALHOST:4600/federation")]
    [InlineData("HTTP://localhost/federation")]
    [InlineData("http://[::1]:4600/federation")]
    [InlineData("http://localhost:04600/federation")]
    [InlineData("http://localhost:/federation")]
    [InlineData("http://localhost/a/../federation")]
    [InlineData("http://localhost/a/./federation")]
    [InlineData("http://localhost//federation")]
    [InlineData("http://localhost/a%2Fb/federation")]
    [InlineData("http://localhost/federation?x=1")]
    [InlineData("http://user@localhost/federation")]
    [InlineData("http://bücher.example/federation")]
    [InlineData("http://host./federation")]
    [InlineData("http://-host/federation")]
    [InlineData("ftp://localhost/federation")]
    public void Should_leave_anything_else_to_system_uri(string url)
    {
        Assert.Null(HttpEndpoint.TryParsePlain(url));
        var uri = new Uri(url);
        var endpoint = HttpEndpoint.Parse(url);
        Assert.Equal(uri.ToString(), endpoint.Url);
        Assert.Equal(uri.Authority, endpoint.Authority);
    }

    [Fact]
    public void Should_refuse_what_system_uri_refuses() =>
        Assert.Throws<UriFormatException>(() => HttpEndpoint.Parse("http://localhost:99999/federation"));

    [Fact]
    public async Task Should_post_to_a_plain_endpoint_with_the_host_header_of_system_uri()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        using var transport = new DirectHttpTransport();
        var endpoint = HttpEndpoint.Parse($"http://127.0.0.1:{server.Url.Port}/federation");
        Assert.NotNull(endpoint.Target);

        var response = await endpoint.PostAsync(transport, [new("Host", endpoint.Authority)], "Action=x"u8.ToArray(), CancellationToken.None);

        Assert.Equal("ok", response.Body);
        var head = Assert.Single(server.RequestHeads);
        Assert.StartsWith("POST /federation HTTP/1.1\r\n", head, StringComparison.Ordinal);
        Assert.Contains($"\r\nHost: {server.Url.Authority}\r\n", head, StringComparison.Ordinal);
    }
}
