using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>
/// The Query client's wire behaviour: signing, retries with backoff, clock-skew correction, errors. Run once
/// over each transport (direct sockets, HttpClient) against HttpListener, an independent HTTP server.
/// </summary>
public abstract class QueryClientTests : IDisposable
{
    private static readonly AwsCredentials Keys = new("AKIAIOSFODNN7EXAMPLE", ScriptedQueryServer.Secret);
    private readonly ScriptedQueryServer _server = new();
    private readonly IQueryTransport _transport;
    private readonly List<TimeSpan> _delays = [];

    [Fact]
    public async Task Should_send_a_signed_form_post_the_servers_verifier_accepts()
    {
        var request = new AssumeRoleRequest("arn:aws:iam::123456789012:role/admin", "s1") { TokenCode = "123456", SerialNumber = "arn:aws:iam::123456789012:mfa/alice" };
        _server.Script.Enqueue((400, ScriptedQueryServer.ErrorBody("ValidationError", "stop here", 400)));

        await Assert.ThrowsAsync<AwsServiceException>(() => Client().AssumeRoleAsync(Keys with { SessionToken = "tok" }, request));

        var sent = Assert.Single(_server.Requests);
        Assert.True(sent.Verification.IsValid, sent.Verification.Message);
        Assert.Equal("sts", sent.Verification.Authorization!.Service);
        Assert.Equal("tok", sent.Verification.Authorization.SecurityToken);
        Assert.StartsWith("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fadmin&RoleSessionName=s1", sent.Body, StringComparison.Ordinal);
        Assert.Contains("&SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice&TokenCode=123456", sent.Body, StringComparison.Ordinal);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", sent.Header("Content-Type"));
    }

    [Fact]
    public async Task Should_retry_throttling_with_growing_jittered_backoff_and_then_succeed()
    {
        _server.Script.Enqueue((400, ScriptedQueryServer.ErrorBody("Throttling", "Rate exceeded", 400)));
        _server.Script.Enqueue((503, ScriptedQueryServer.ErrorBody("ServiceUnavailable", "try later", 503)));

        var identity = await Client(random: 0.5).GetCallerIdentityAsync(Keys);

        Assert.Equal("arn:aws:iam::123456789012:user/alice", identity.Arn);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)], _delays);
    }

    [Fact]
    public async Task Should_give_up_after_three_attempts_with_the_last_error()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.Script.Enqueue((500, ScriptedQueryServer.ErrorBody("InternalFailure", "boom " + i, 500)));
        }

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetCallerIdentityAsync(Keys));

        Assert.Equal(("InternalFailure", "boom 2", 500, "GetCallerIdentity"), (error.Code, error.Message, error.HttpStatus, error.Operation));
        Assert.False(error.SenderFault);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(2, _delays.Count);
    }

    [Fact]
    public async Task Should_not_retry_a_sender_error_and_surface_code_message_request_id_and_operation()
    {
        _server.Script.Enqueue((403, ScriptedQueryServer.ErrorBody("AccessDenied", "User: x is not authorized to perform: sts:AssumeRole", 403)));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Client().AssumeRoleAsync(Keys, new AssumeRoleRequest("arn:aws:iam::123456789012:role/admin", "s1")));

        Assert.Equal(("AccessDenied", 403, "req-err", "AssumeRole"), (error.Code, error.HttpStatus, error.RequestId, error.Operation));
        Assert.Equal("User: x is not authorized to perform: sts:AssumeRole", error.Message);
        Assert.Single(_server.Requests);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Should_correct_a_clock_an_hour_behind_from_the_Date_header_and_resign_at_once()
    {
        var clock = new FixedClock(_server.ServerNow.AddHours(-1));
        var skew = new ClockSkew();

        var identity = await Client(clock: clock, skew: skew).GetCallerIdentityAsync(Keys);

        Assert.Equal("AIDAEXAMPLE", identity.UserId);
        Assert.Equal(2, _server.Requests.Count);
        Assert.StartsWith("Signature expired", _server.Requests[0].Verification.Message, StringComparison.Ordinal);
        Assert.True(_server.Requests[1].Verification.IsValid);
        Assert.InRange(skew.Offset, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Should_report_an_unreachable_endpoint_after_three_attempts()
    {
        var endpoint = new ServiceEndpoint(new Uri($"http://127.0.0.1:{FreePort.Next()}/"), "us-east-1", "sts", true);
        var client = new StsClient(new QueryClient(_transport, endpoint, Options()));

        var error = await Assert.ThrowsAsync<ServiceCallException>(() => client.GetCallerIdentityAsync(Keys));

        Assert.Equal($"Could not connect to the endpoint URL: \"{endpoint.Url}\"", error.Message);
        Assert.True(error.InAwsCliWords);
        Assert.StartsWith("3 attempts (", error.Hint, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.OtherFailure, error.ExitCode);
        Assert.Equal(2, _delays.Count);
    }

    [Fact]
    public async Task Should_send_web_identity_requests_unsigned()
    {
        _server.Script.Enqueue((400, ScriptedQueryServer.ErrorBody("InvalidIdentityToken", "bad token", 400)));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Client().AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest("arn:aws:iam::123456789012:role/web", "w", "jwt.token.here")));

        Assert.Equal("InvalidIdentityToken", error.Code);
        Assert.Null(_server.Requests[0].Header("Authorization"));
        Assert.Contains("WebIdentityToken=jwt.token.here", _server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_call_a_non_AWS_answer_unreadable()
    {
        _server.SuccessBody = "this is not xml";

        await Assert.ThrowsAsync<ServiceCallException>(() => Client().GetCallerIdentityAsync(Keys));
    }

    protected QueryClientTests(IQueryTransport transport) => _transport = transport;

    public void Dispose()
    {
        (_transport as IDisposable)?.Dispose();
        _server.Dispose();
        GC.SuppressFinalize(this);
    }

    private StsClient Client(double random = 1.0, TimeProvider? clock = null, ClockSkew? skew = null) =>
        new(new QueryClient(_transport, new ServiceEndpoint(_server.Url, "us-east-1", "sts", true), Options(random, clock, skew)));

    private QueryClientOptions Options(double random = 1.0, TimeProvider? clock = null, ClockSkew? skew = null) => new()
    {
        Time = clock ?? new FixedClock(_server.ServerNow),
        Skew = skew ?? new ClockSkew(),
        Retry = RetryPolicy.Standard with
        {
            Random = () => random,
            Delay = (delay, _) =>
            {
                _delays.Add(delay);
                return Task.CompletedTask;
            },
        },
    };
}
