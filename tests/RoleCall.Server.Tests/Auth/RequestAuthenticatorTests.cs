using RoleCall.Core.Identity;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.Auth;

/// <summary>Every authentication failure of issue 3 and 5, with AWS's code and HTTP status, over real HTTP.</summary>
public sealed class RequestAuthenticatorTests : IAsyncLifetime
{
    private const string GetUser = "Action=GetUser&Version=2010-05-08";
    private PipelineServer _server = null!;

    public async Task InitializeAsync() => _server = await PipelineServer.StartAsync(devClock: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_authenticate_a_header_signed_post_as_the_keys_principal()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser + "&UserName=alice", root));

        Assert.Equal(200, reply.Status);
        Assert.Equal("arn:aws:iam::123456789012:root", reply.Element("Arn"));
        var (caller, request, info) = Assert.Single(_server.Iam.Calls);
        Assert.Equal(("iam", "GetUser", "2010-05-08"), (request.Service, request.Action, request.Version));
        Assert.Equal("alice", request.Parameters["UserName"]);
        Assert.Equal(root.AccessKeyId, caller.AccessKeyId);
        Assert.Equal(("us-east-1", "127.0.0.1", false), (info.Region, info.SourceIp, info.SecureTransport));
        Assert.Equal(reply.RequestIdHeader, info.RequestId);
    }

    [Fact]
    public async Task Should_authenticate_a_presigned_get_and_keep_sigv4_parameters_out_of_the_action()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.PresignedGet(_server.Url, GetUser + "&UserName=bob", root, TimeSpan.FromHours(1)));

        Assert.Equal(200, reply.Status);
        var (_, request, _) = Assert.Single(_server.Iam.Calls);
        Assert.Equal(["UserName"], request.Parameters.Keys);
    }

    [Fact]
    public async Task Should_tell_sts_from_iam_by_the_credential_scope()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=GetCallerIdentity&Version=2011-06-15", root, service: "sts"));

        Assert.Equal(200, reply.Status);
        Assert.Equal("https://sts.amazonaws.com/doc/2011-06-15/", reply.Xml.Root!.Name.NamespaceName);
        Assert.Equal("sts", Assert.Single(_server.Iam.Calls).Request.Service);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_key_with_InvalidClientTokenId_403()
    {
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, new AwsCredentials("AKIAUNKNOWNKEY000000", "x")));
        AssertError(reply, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task Should_refuse_an_inactive_key_with_InvalidClientTokenId_403()
    {
        var root = _server.Iam.AddRootKey(active: false);
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root));
        AssertError(reply, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task Should_refuse_a_root_key_sent_with_a_stray_session_token_as_AWS_does()
    {
        // Issue 17, item 10: the token was ignored and the call accepted.
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root with { SessionToken = "stray-token" }));
        AssertError(reply, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task Should_refuse_a_wrong_secret_with_SignatureDoesNotMatch_403()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root with { SecretAccessKey = "not-the-secret" }));
        AssertError(reply, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }

    [Fact]
    public async Task Should_refuse_a_signature_more_than_15_minutes_old_as_expired()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root, signedAt: SignedRequests.Now.AddMinutes(-20)));
        AssertError(reply, 403, "SignatureDoesNotMatch", "Signature expired: ");
        Assert.Contains("- 15 min.)", reply.Element("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_signature_more_than_15_minutes_ahead_as_not_yet_current()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root, signedAt: SignedRequests.Now.AddMinutes(20)));
        AssertError(reply, 403, "SignatureDoesNotMatch", "Signature not yet current: ");
    }

    [Fact]
    public async Task Should_accept_a_signature_within_the_allowed_skew()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root, signedAt: SignedRequests.Now.AddMinutes(-10)));
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Should_answer_a_request_without_authentication_with_MissingAuthenticationToken_403()
    {
        var reply = await _server.SendAsync(SignedRequests.Unsigned(_server.Url, GetUser));
        AssertError(reply, 403, "MissingAuthenticationToken", "Request is missing Authentication Token");
    }

    [Fact]
    public async Task Should_answer_a_malformed_authorization_with_IncompleteSignature_400()
    {
        var reply = await _server.SendAsync(SignedRequests.Unsigned(_server.Url, GetUser, "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/iam/aws4_request"));
        AssertError(reply, 400, "IncompleteSignature", "Authorization header requires 'Signature' parameter.");
    }

    [Fact]
    public async Task Should_name_the_offered_services_for_a_scope_serve_does_not_offer()
    {
        // Issue 11: not SignatureDoesNotMatch, which tells a user their keys are wrong.
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root, service: "lambda"));
        AssertError(reply, 400, "UnsupportedService", "rolecall serve does not offer the service 'lambda' named in the request's credential scope; it offers: iam, sts.");
    }

    [Fact]
    public async Task Should_accept_a_temporary_key_only_with_its_own_session_token()
    {
        var session = _server.Iam.AddSessionKey(SignedRequests.Now.AddHours(1));

        var good = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, session));
        var missing = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, session with { SessionToken = null }));
        var wrong = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, session with { SessionToken = "someone-elses-token" }));

        Assert.Equal(200, good.Status);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/app/s1", good.Element("Arn"));
        AssertError(missing, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
        AssertError(wrong, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task Should_refuse_an_expired_session_with_ExpiredToken_403()
    {
        var session = _server.Iam.AddSessionKey(SignedRequests.Now.AddSeconds(-1));
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, session));
        AssertError(reply, 403, "ExpiredToken", "The security token included in the request is expired");
    }

    [Fact]
    public async Task Should_expire_sessions_by_the_dev_clock_but_judge_signature_freshness_by_real_time()
    {
        var session = _server.Iam.AddSessionKey(SignedRequests.Now.AddHours(1));
        var root = _server.Iam.AddRootKey();
        _server.Clock.Advance(TimeSpan.FromHours(2));

        var expired = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, session));
        var rootStillWorks = await _server.SendAsync(SignedRequests.Post(_server.Url, GetUser, root));

        AssertError(expired, 403, "ExpiredToken", "The security token included in the request is expired");
        Assert.Equal(200, rootStillWorks.Status);
    }

    internal static void AssertError(Reply reply, int status, string code, string messageStart)
    {
        Assert.Equal(status, reply.Status);
        Assert.Equal("text/xml", reply.ContentType);
        Assert.Equal(code, reply.ErrorCode);
        Assert.StartsWith(messageStart, reply.Element("Message"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reply.RequestIdHeader));
        Assert.Equal(reply.RequestIdHeader, reply.Element("RequestId"));
    }
}
