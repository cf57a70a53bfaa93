using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>What `--debug` keeps out of a log: key IDs in credential scopes are masked, signatures and secrets replaced.</summary>
public sealed class DebugTransportRedactionTests
{
    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIABZPUZDIKDQB7VQYG/20261206/us-east-1/sts/aws4_request", "Credential=AKIA************VQYG/20261206")]
    [InlineData("/?X-Amz-Credential=ASIAQWERTYUIOPASDFGH%2F20261206%2Fus-east-1", "X-Amz-Credential=ASIA************DFGH%2F20261206")]
    public void Should_mask_the_key_id_of_a_credential_scope(string text, string masked)
    {
        var redacted = DebugTransport.Redact(text);

        Assert.Contains(masked, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Contains("AKIA", StringComparison.Ordinal) ? "AKIABZPUZDIKDQB7VQYG" : "ASIAQWERTYUIOPASDFGH", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_replace_secret_fields_elements_and_members()
    {
        var redacted = DebugTransport.Redact("Password=hunter2&X=1 <SecretAccessKey>abc</SecretAccessKey> \"accessToken\": \"tok\"");

        Assert.Equal("Password=***&X=1 <SecretAccessKey>***</SecretAccessKey> \"accessToken\":\"***\"", redacted);
    }

    [Fact]
    public void Should_keep_the_pkce_code_and_verifier_out_of_the_log()
    {
        // Issue 13: CreateToken's authorization_code grant, as `rolecall sso login --debug` sends it.
        var redacted = DebugTransport.Redact("""{"clientId":"cid","clientSecret":"s3cret","grantType":"authorization_code","redirectUri":"http://127.0.0.1:4321/oauth/callback","codeVerifier":"v3rifier","code":"c0de"}""");

        Assert.Equal("""{"clientId":"cid","clientSecret":"***","grantType":"authorization_code","redirectUri":"http://127.0.0.1:4321/oauth/callback","codeVerifier":"***","code":"***"}""", redacted);
    }
}
