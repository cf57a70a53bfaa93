using RoleCall.Config;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>Which transport a process gets: HttpClient (which applies proxy rules) only when a proxy is set.</summary>
public sealed class QueryTransportsTests
{
    [Theory]
    [InlineData("HTTPS_PROXY")]
    [InlineData("https_proxy")]
    [InlineData("HTTP_PROXY")]
    [InlineData("http_proxy")]
    [InlineData("ALL_PROXY")]
    public void Should_go_through_HttpClient_when_a_proxy_variable_is_set(string variable)
    {
        var environment = AwsEnvironment.From(new Dictionary<string, string> { [variable] = "http://proxy.example:3128" });

        Assert.IsType<HttpClientTransport>(QueryTransports.For(environment));
    }

    [Fact]
    public void Should_use_direct_sockets_without_a_proxy_or_with_an_empty_proxy_variable()
    {
        var environment = AwsEnvironment.From(new Dictionary<string, string> { ["HTTPS_PROXY"] = "", ["NO_PROXY"] = "*" });

        Assert.IsType<DirectHttpTransport>(QueryTransports.For(environment));
    }
}
