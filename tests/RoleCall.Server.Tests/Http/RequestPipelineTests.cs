using RoleCall.Protocol.Query;
using RoleCall.Server.Tests.Auth;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.Http;

/// <summary>Responses in AWS's shape: success XML, errors with status and Type, no leaked internals.</summary>
public sealed class RequestPipelineTests : IAsyncLifetime
{
    private PipelineServer _server = null!;

    public async Task InitializeAsync() => _server = await PipelineServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_wrap_a_result_in_the_action_response_with_request_metadata()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=GetUser&Version=2010-05-08&Tags.member.1.Key=team", root));

        Assert.Equal((200, "text/xml"), (reply.Status, reply.ContentType));
        var response = reply.Xml.Root!;
        Assert.Equal("{https://iam.amazonaws.com/doc/2010-05-08/}GetUserResponse", response.Name.ToString());
        var names = response.Elements().Select(e => e.Name.LocalName);
        Assert.Equal(["GetUserResult", "ResponseMetadata"], names);
        Assert.Equal("Tags.member.1.Key=team", reply.Element("member"));
        Assert.Equal(reply.RequestIdHeader, reply.Element("RequestId"));
    }

    [Fact]
    public async Task Should_send_a_large_body_whole_with_its_exact_Content_Length_every_time()
    {
        var root = _server.Iam.AddRootKey();
        using var presigned = SignedRequests.PresignedGet(_server.Url, "Action=ListMany&Version=2010-05-08", root, TimeSpan.FromMinutes(5));

        // The second request renders the reusable members from their cached bytes.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await _server.Client.GetAsync(presigned.RequestUri);
            var body = await response.Content.ReadAsByteArrayAsync();
            var requestId = response.Headers.GetValues("x-amzn-RequestId").Single();
            var expected = QueryXmlWriter.SuccessToString("ListMany", QueryNamespaces.Iam, FakeIamService.Many(reusable: false), requestId);

            Assert.True(body.Length > 64 * 1024, $"body of {body.Length} bytes should span several 16 KB segments");
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(body));
        }
    }

    [Fact]
    public async Task Should_answer_an_action_without_result_with_metadata_only()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=DeleteNothing&Version=2010-05-08", root));

        Assert.Equal(200, reply.Status);
        Assert.Equal(["ResponseMetadata"], reply.Xml.Root!.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task Should_pass_the_services_InvalidAction_through_as_400()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=FlyToTheMoon&Version=2010-05-08", root));

        RequestAuthenticatorTests.AssertError(reply, 400, "InvalidAction", "Could not find operation FlyToTheMoon for version 2010-05-08");
        Assert.Equal("Sender", reply.Element("Type"));
    }

    [Fact]
    public async Task Should_answer_a_request_without_action_with_MissingAction_400()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Version=2010-05-08", root));
        RequestAuthenticatorTests.AssertError(reply, 400, "MissingAction", "The request is missing an action");
    }

    [Fact]
    public async Task Should_turn_an_unexpected_failure_into_ServiceFailure_500_without_details()
    {
        var root = _server.Iam.AddRootKey();
        var reply = await _server.SendAsync(SignedRequests.Post(_server.Url, "Action=Boom&Version=2010-05-08", root));

        RequestAuthenticatorTests.AssertError(reply, 500, "ServiceFailure", "An internal error occurred");
        Assert.Equal("Receiver", reply.Element("Type"));
        Assert.DoesNotContain("secret-path", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_use_the_sts_namespace_for_errors_of_unauthenticated_sts_requests()
    {
        var reply = await _server.SendAsync(SignedRequests.Unsigned(_server.Url, "Action=GetCallerIdentity&Version=2011-06-15"));

        Assert.Equal("https://sts.amazonaws.com/doc/2011-06-15/", reply.Xml.Root!.Name.NamespaceName);
        Assert.Equal("ErrorResponse", reply.Xml.Root.Name.LocalName);
    }
}
