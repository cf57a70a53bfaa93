using Microsoft.AspNetCore.Http;
using RoleCall.Server.FrontDoor;

namespace RoleCall.Server.Tests.FrontDoor;

/// <summary>Issue 11, item 1: the service comes from the credential scope, read before the body.</summary>
public sealed class CredentialScopeReaderTests
{
    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261206/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab", "s3")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261206/eu-west-1/ec2/aws4_request,SignedHeaders=host,Signature=ab", "ec2")]
    [InlineData("AWS4-HMAC-SHA256 SignedHeaders=host, Credential=AKID/20261206/us-east-1/sts/aws4_request, Signature=ab", "sts")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1", null)]
    [InlineData("AWS AKIAIOSFODNN7EXAMPLE:c2lnbmF0dXJl", null)]
    public void Should_read_the_service_from_the_authorization_header(string authorization, string? service)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = authorization;
        Assert.Equal(service, CredentialScopeReader.ServiceOf(context.Request));
    }

    [Theory]
    [InlineData("?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261206%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261206T000000Z", "s3")]
    [InlineData("?Action=GetUser&X-Amz-Credential=AKID%2f20261206%2fus-east-1%2fiam%2faws4_request", "iam")]
    [InlineData("?Action=GetUser", null)]
    [InlineData("", null)]
    public void Should_read_the_service_from_a_presigned_query(string query, string? service)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        Assert.Equal(service, CredentialScopeReader.ServiceOf(context.Request));
    }
}
