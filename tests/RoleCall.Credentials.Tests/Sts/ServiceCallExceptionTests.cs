using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>
/// An https:// endpoint on a plain-HTTP server: the AWS CLI leads with botocore's SSLError line (`SSL validation
/// failed for https://127.0.0.1:4600/ [SSL: WRONG_VERSION_NUMBER] ...`, exit 255); rolecall led with "Could not
/// connect to the endpoint URL", which says the opposite of what happened (found in session 8's walk-through).
/// </summary>
public sealed class ServiceCallExceptionTests
{
    private static readonly Uri Endpoint = new("https://127.0.0.1:4600/");

    [Fact]
    public void Should_lead_with_the_ssl_line_when_the_tls_handshake_failed()
    {
        var tls = new HttpRequestException(HttpRequestError.SecureConnectionError, "SSL validation failed for https://127.0.0.1:4600: the server did not answer in TLS (is the endpoint http:// rather than https://?)");

        var error = ServiceCallException.ConnectionFailed(Endpoint, 3, tls);

        Assert.Equal(tls.Message, error.Message);
        Assert.Contains("--ca-bundle", error.Hint, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.OtherFailure, true), (error.ExitCode, error.InAwsCliWords));
    }

    [Fact]
    public void Should_name_the_endpoint_when_httpclient_only_says_see_inner_exception()
    {
        var tls = new HttpRequestException(HttpRequestError.SecureConnectionError, "net_http_ssl_connection_failed",
            new System.Security.Authentication.AuthenticationException("net_frame_read_size"));

        var error = ServiceCallException.ConnectionFailed(Endpoint, 3, tls);

        Assert.Equal("SSL validation failed for https://127.0.0.1:4600/: the server did not answer in TLS (is the endpoint http:// rather than https://?)", error.Message);
    }

    [Fact]
    public void Should_keep_botocore_s_connection_line_for_anything_else()
    {
        var error = ServiceCallException.ConnectionFailed(Endpoint, 3, new HttpRequestException("could not connect to https://127.0.0.1:4600: Connection refused"));

        Assert.Equal("Could not connect to the endpoint URL: \"https://127.0.0.1:4600/\"", error.Message);
        Assert.StartsWith("3 attempts (could not connect to https://127.0.0.1:4600: Connection refused)", error.Hint, StringComparison.Ordinal);
    }
}
