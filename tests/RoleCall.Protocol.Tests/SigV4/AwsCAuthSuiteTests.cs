using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>
/// The current AWS signing suite (tests/Fixtures/sigv4-aws-c-auth, 38 cases): header and query signing
/// must reproduce the canonical request, string to sign and signature byte for byte, and the verifier must
/// accept every signed request and reject it once tampered with.
/// </summary>
public sealed class AwsCAuthSuiteTests
{
    private readonly SigV4Signer _signer = new(new SigningKeyCache());

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var dir in Directory.GetDirectories(CorpusPaths.AwsCAuthV4).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir));
            }

            return data;
        }
    }

    [Fact]
    public void Should_find_all_38_cases() => Assert.Equal(38, Cases.Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_sign_in_the_header_exactly_as_the_suite(string name)
    {
        var suite = SuiteCase.Load(Path.Combine(CorpusPaths.AwsCAuthV4, name));
        var signature = _signer.Sign(suite.Request.ToSigV4Request(), suite.Credentials, suite.Region, suite.Service, suite.Time, suite.Options);

        Assert.Equal(suite.Read("header-canonical-request.txt"), signature.CanonicalRequest);
        Assert.Equal(suite.Read("header-string-to-sign.txt"), signature.StringToSign);
        Assert.Equal(suite.Read("header-signature.txt").Trim(), signature.Signature);
        var expected = RawHttpRequest.Load(Path.Combine(suite.Directory, "header-signed-request.txt"));
        Assert.Equal(expected.HeaderSource.GetValue("Authorization"), signature.Authorization);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_presign_exactly_as_the_suite(string name)
    {
        var suite = SuiteCase.Load(Path.Combine(CorpusPaths.AwsCAuthV4, name));
        var presigned = _signer.Presign(suite.Request.ToSigV4Request(), suite.Credentials, suite.Region, suite.Service, suite.Time, suite.Expires, suite.Options);

        Assert.Equal(suite.Read("query-canonical-request.txt"), presigned.CanonicalRequest);
        Assert.Equal(suite.Read("query-string-to-sign.txt"), presigned.StringToSign);
        Assert.Equal(suite.Read("query-signature.txt").Trim(), presigned.Signature);
        var expected = RawHttpRequest.Load(Path.Combine(suite.Directory, "query-signed-request.txt"));
        Assert.Equal(expected.Query.Split('&').Order(StringComparer.Ordinal), presigned.Query.Split('&').Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_verify_the_header_signed_request_and_reject_a_tampered_one(string name)
    {
        var suite = SuiteCase.Load(Path.Combine(CorpusPaths.AwsCAuthV4, name));
        var signed = RawHttpRequest.Load(Path.Combine(suite.Directory, "header-signed-request.txt"));
        var verifier = new SigV4Verifier(new FixedTime(suite.Time), new SigningKeyCache(), suite.Options);

        var result = verifier.Verify(signed.ToIncoming(), signed.HeaderSource, Lookup(suite));

        Assert.Equal(SigV4Status.Valid, result.Status);
        Assert.Equal("AKIDEXAMPLE", result.Authorization!.AccessKeyId);
        Assert.Equal(new CredentialScope("20150830", "us-east-1", "service"), result.Authorization.Scope);
        Assert.Equal(suite.Credentials.SessionToken, result.Authorization.SecurityToken);
        var tampered = signed with { Path = signed.Path + "x" };
        Assert.Equal(SigV4Status.SignatureMismatch, verifier.Verify(tampered.ToIncoming(), tampered.HeaderSource, Lookup(suite)).Status);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_verify_the_presigned_request_and_reject_a_tampered_one(string name)
    {
        var suite = SuiteCase.Load(Path.Combine(CorpusPaths.AwsCAuthV4, name));
        var signed = RawHttpRequest.Load(Path.Combine(suite.Directory, "query-signed-request.txt"));
        var verifier = new SigV4Verifier(new FixedTime(suite.Time), new SigningKeyCache(), suite.Options);

        var result = verifier.Verify(signed.ToIncoming(), signed.HeaderSource, Lookup(suite));

        Assert.Equal(SigV4Status.Valid, result.Status);
        Assert.True(result.Authorization!.Presigned);
        Assert.Equal(TimeSpan.FromHours(1), result.Authorization.Expires);
        var tampered = signed with { Query = "Extra=1&" + signed.Query };
        Assert.Equal(SigV4Status.SignatureMismatch, verifier.Verify(tampered.ToIncoming(), tampered.HeaderSource, Lookup(suite)).Status);
    }

    private static Func<string, string?> Lookup(SuiteCase suite) =>
        key => key == suite.Credentials.AccessKeyId ? suite.Credentials.SecretAccessKey : null;
}
