using System.Text;
using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>How the verifier answers the requests `rolecall serve` must refuse, with AWS's codes and wording.</summary>
public sealed class SigV4VerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 15, 0, 0, TimeSpan.Zero);
    private static readonly AwsCredentials Keys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private const string Body = "Action=GetCallerIdentity&Version=2011-06-15";

    [Fact]
    public void Should_accept_a_form_post_signed_by_the_signer()
    {
        var (incoming, headers) = SignedPost(Now);

        var result = Verifier(Now).Verify(incoming, headers, Lookup);

        Assert.True(result.IsValid);
        Assert.Equal("sts", result.Authorization!.Service);
        Assert.Equal("us-east-1", result.Authorization.Region);
    }

    [Fact]
    public void Should_reject_a_changed_body()
    {
        var (incoming, headers) = SignedPost(Now);

        var result = Verifier(Now).Verify(incoming with { PayloadSha256 = PayloadHash.Of("Action=AssumeRole"u8) }, headers, Lookup);

        Assert.Equal(SigV4Status.SignatureMismatch, result.Status);
        Assert.Equal("SignatureDoesNotMatch", result.ToServiceException().Code);
        Assert.Equal(403, result.ToServiceException().HttpStatus);
    }

    [Fact]
    public void Should_call_an_unknown_key_InvalidClientTokenId()
    {
        var (incoming, headers) = SignedPost(Now);

        var error = Verifier(Now).Verify(incoming, headers, _ => null).ToServiceException();

        Assert.Equal("InvalidClientTokenId", error.Code);
        Assert.Equal("The security token included in the request is invalid.", error.Message);
    }

    [Fact]
    public void Should_report_a_clock_16_minutes_behind_as_signature_expired()
    {
        var (incoming, headers) = SignedPost(Now.AddMinutes(-16));

        var result = Verifier(Now).Verify(incoming, headers, Lookup);

        Assert.Equal(SigV4Status.Expired, result.Status);
        Assert.Equal("Signature expired: 20261121T144400Z is now earlier than 20261121T144500Z (20261121T150000Z - 15 min.)", result.Message);
        Assert.Equal("SignatureDoesNotMatch", result.ToServiceException().Code);
    }

    [Fact]
    public void Should_report_a_clock_16_minutes_ahead_as_not_yet_current()
    {
        var (incoming, headers) = SignedPost(Now.AddMinutes(16));

        Assert.Equal(SigV4Status.NotYetValid, Verifier(Now).Verify(incoming, headers, Lookup).Status);
    }

    [Fact]
    public void Should_accept_a_clock_14_minutes_off()
    {
        var (incoming, headers) = SignedPost(Now.AddMinutes(-14));

        Assert.True(Verifier(Now).Verify(incoming, headers, Lookup).IsValid);
    }

    [Fact]
    public void Should_ask_for_authentication_when_the_request_has_none()
    {
        var incoming = new SigV4IncomingRequest("POST", "/", "", PayloadHash.Of(Encoding.UTF8.GetBytes(Body)));

        var error = Verifier(Now).Verify(incoming, new HeaderList([new("Host", "localhost")]), Lookup).ToServiceException();

        Assert.Equal("MissingAuthenticationToken", error.Code);
        Assert.Equal("Request is missing Authentication Token", error.Message);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=00")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/sts/aws5_request, SignedHeaders=host;x-amz-date, Signature=00")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/sts/aws4_request, SignedHeaders=x-amz-date, Signature=00")]
    [InlineData("AWS AKID:signature")]
    public void Should_call_a_malformed_authorization_IncompleteSignature(string authorization)
    {
        var incoming = new SigV4IncomingRequest("POST", "/", "", SigV4Constants.EmptyPayloadHash);
        var headers = new HeaderList([new("Host", "localhost"), new("X-Amz-Date", "20261121T150000Z"), new("Authorization", authorization)]);

        var error = Verifier(Now).Verify(incoming, headers, Lookup).ToServiceException();

        Assert.Equal("IncompleteSignature", error.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public void Should_verify_a_presigned_get_and_refuse_it_after_expiry()
    {
        var request = new SigV4Request("GET", "/", "Action=GetUser&Version=2010-05-08").WithHeader("Host", "127.0.0.1:8977");
        var presigned = new SigV4Signer().Presign(request, Keys with { SessionToken = "token/+=" }, "us-east-1", "iam", Now, TimeSpan.FromMinutes(5));
        var incoming = new SigV4IncomingRequest("GET", "/", presigned.Query, SigV4Constants.EmptyPayloadHash);
        var headers = new HeaderList([new("Host", "127.0.0.1:8977")]);

        var fresh = Verifier(Now.AddMinutes(4)).Verify(incoming, headers, Lookup);
        var stale = Verifier(Now.AddMinutes(6)).Verify(incoming, headers, Lookup);

        Assert.True(fresh.IsValid);
        Assert.Equal("token/+=", fresh.Authorization!.SecurityToken);
        Assert.Equal("iam", fresh.Authorization.Service);
        Assert.Equal(SigV4Status.PresignExpired, stale.Status);
    }

    [Fact]
    public void Should_refuse_a_credential_scope_dated_another_day_than_X_Amz_Date()
    {
        var (incoming, headers) = SignedPost(Now);
        var list = Headers(headers);
        var index = list.FindIndex(h => h.Key == "Authorization");
        list[index] = new("Authorization", list[index].Value.Replace("/20261121/", "/20261120/", StringComparison.Ordinal));

        var result = Verifier(Now).Verify(incoming, new HeaderList(list), Lookup);

        Assert.Equal(SigV4Status.SignatureMismatch, result.Status);
        Assert.StartsWith("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261120' != '20261121'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_header_and_query_authorization_together()
    {
        var (incoming, headers) = SignedPost(Now);

        var result = Verifier(Now).Verify(incoming with { Query = "X-Amz-Algorithm=AWS4-HMAC-SHA256" }, headers, Lookup);

        Assert.Equal(SigV4Status.Malformed, result.Status);
    }

    [Fact]
    public void Should_ask_for_a_date_when_neither_X_Amz_Date_nor_Date_is_present()
    {
        var (incoming, headers) = SignedPost(Now);
        var list = Headers(headers).Where(h => h.Key != "X-Amz-Date").ToList();

        var error = Verifier(Now).Verify(incoming, new HeaderList(list), Lookup).ToServiceException();

        Assert.Equal("IncompleteSignature", error.Code);
        Assert.StartsWith("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_accept_a_signature_made_with_another_secret()
    {
        var (incoming, headers) = SignedPost(Now);

        var result = Verifier(Now).Verify(incoming, headers, _ => "another-secret-another-secret-another-se");

        Assert.Equal(SigV4Status.SignatureMismatch, result.Status);
        Assert.Equal(SigV4Errors.SignatureMismatchText, result.ToServiceException().Message);
    }

    private static List<KeyValuePair<string, string>> Headers(HeaderList headers) =>
        [.. new[] { "Host", "Content-Type", "X-Amz-Date", "Authorization" }.Select(n => new KeyValuePair<string, string>(n, headers.GetValue(n)!))];

    private static SigV4Verifier Verifier(DateTimeOffset now) => new(new FixedTime(now), new SigningKeyCache());

    private static string? Lookup(string accessKeyId) => accessKeyId == Keys.AccessKeyId ? Keys.SecretAccessKey : null;

    private static (SigV4IncomingRequest Incoming, HeaderList Headers) SignedPost(DateTimeOffset signedAt)
    {
        var hash = PayloadHash.Of(Encoding.UTF8.GetBytes(Body));
        var request = new SigV4Request("POST", "/")
            .WithHeader("Host", "127.0.0.1:8977")
            .WithHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.PayloadSha256 = hash;
        var signature = new SigV4Signer().Sign(request, Keys, "us-east-1", "sts", signedAt);
        var headers = request.Headers.Concat(signature.HeadersToAdd).ToList();
        return (new SigV4IncomingRequest("POST", "/", "", hash), new HeaderList(headers));
    }
}
