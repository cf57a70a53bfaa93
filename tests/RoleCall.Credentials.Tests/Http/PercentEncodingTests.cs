using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>Issue 12: the hand-written query encoding is Uri.EscapeDataString's, byte for byte.</summary>
public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("AZaz09-_.~")]
    [InlineData("{\"sessionId\": \"ASIA\", \"sessionKey\": \"a+b/c=\", \"sessionToken\": \"IQoJ//x==\"}")]
    [InlineData("http://127.0.0.1:4566/console/iam/roles?x=1&y=2#frag")]
    [InlineData("space and % and ! * ' ( ) ; : @ & = + $ , / ? # [ ]")]
    [InlineData("équipe 東京 😀")]
    [InlineData("\u0000\u001f\u007f")]
    public void Should_encode_as_uri_escape_data_string_does(string value) =>
        Assert.Equal(Uri.EscapeDataString(value), PercentEncoding.Encode(value));
}
