using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.Server.Admin;
using RoleCall.Server.Auth;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Hosting;
using RoleCall.Server.Query;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.FrontDoor;

/// <summary>
/// Issue 11, item 1, over real HTTP: pre-authentication routes before any signature, endpoints by
/// credential scope before the body is read, and one clear error for a service serve does not offer.
/// </summary>
public sealed class FrontDoorRoutingTests : IAsyncLifetime
{
    private readonly RecordingEndpoint _s3 = new("s3");
    private readonly FakeIamService _iam = new();
    private ServerHost _host = null!;
    private static readonly HttpClient Client = new();

    public async Task InitializeAsync()
    {
        var clock = new Iam.Sts.Clock.ServiceClock(TimeProvider.System);
        var authenticator = new RequestAuthenticator(_iam, clock);
        var routes = new FrontDoorRoutes(
            [new QueryEndpoint("iam", _iam, authenticator), new QueryEndpoint("sts", _iam, authenticator), _s3],
            [
                PreAuthRoute.Path("/console", http => http.Response.WriteAsync("console page")),
                PreAuthRoute.Post("/token", http => http.Response.WriteAsync("oidc token")),
                PreAuthRoute.Header("x-amz-sso_bearer_token", http => http.Response.WriteAsync("portal api")),
            ]);
        var handler = new FrontDoorHandler(routes, new AdminEndpoints(clock, devClockEnabled: false));
        _host = await ServerHost.StartAsync("127.0.0.1", 0, handler.HandleAsync, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/console", "console page")]
    [InlineData("GET", "/console/iam/roles?x=1", "console page")]
    [InlineData("POST", "/token", "oidc token")]
    public async Task Should_take_pre_authentication_routes_without_a_signature(string method, string path, string expected)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(_host.Url, path)));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_route_a_bearer_token_request_to_the_portal_and_not_a_lookalike_path()
    {
        using var portal = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.Url, "/federation/credentials"));
        portal.Headers.TryAddWithoutValidation("x-amz-sso_bearer_token", "t");
        using var response = await Client.SendAsync(portal);
        Assert.Equal("portal api", await response.Content.ReadAsStringAsync());

        // `/consoleX` is not under `/console`: it is an unsigned REST request, which goes to S3.
        using var lookalike = await Client.GetAsync(new Uri(_host.Url, "/consoleX"));
        Assert.Equal("s3 endpoint", await lookalike.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_route_by_the_scope_of_a_header_signature_before_reading_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_host.Url, "/bucket/key")) { Content = new ByteArrayContent(new byte[100]) };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00");
        using var response = await Client.SendAsync(request);

        Assert.Equal("s3 endpoint", await response.Content.ReadAsStringAsync());
        Assert.Equal(["PUT /bucket/key"], _s3.Seen);
    }

    [Fact]
    public async Task Should_keep_unsigned_query_requests_on_the_query_path()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.Url, "/")) { Content = new StringContent("Action=GetUser&Version=2010-05-08", Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(SignedRequests.FormType);
        var reply = await Reply.ReadAsync(await Client.SendAsync(request));

        Tests.Auth.RequestAuthenticatorTests.AssertError(reply, 403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        Assert.Empty(_s3.Seen);
    }

    [Fact]
    public async Task Should_name_the_offered_services_for_an_unknown_scope_in_json_for_json_clients()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.Url, "/")) { Content = new StringContent("{}", Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSLambda.ListFunctions");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00");
        using var response = await Client.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(
            """{"__type":"UnsupportedService","message":"rolecall serve does not offer the service \u0027lambda\u0027 named in the request\u0027s credential scope; it offers: iam, s3, sts."}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Should_refuse_two_endpoints_for_one_service()
    {
        Assert.Throws<InvalidOperationException>(() => new FrontDoorRoutes([new RecordingEndpoint("s3"), new RecordingEndpoint("s3")], []));
    }

    private sealed class RecordingEndpoint(string service) : IServiceEndpoint
    {
        public List<string> Seen { get; } = [];

        public string Service => service;

        public Task HandleAsync(HttpContext http, string requestId)
        {
            Seen.Add($"{http.Request.Method} {http.Request.Path}");
            return http.Response.WriteAsync($"{service} endpoint");
        }
    }
}
