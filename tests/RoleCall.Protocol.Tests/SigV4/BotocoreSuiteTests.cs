using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>
/// The 2015 suite botocore runs (tests/Fixtures/sigv4-botocore-aws4_testsuite, 34 cases), including the
/// three query-order cases and the raw-space path botocore itself skips. The `.authz` file is the truth
/// (one `.sreq` carries a wrong signature, see SOURCE.md).
/// </summary>
public sealed class BotocoreSuiteTests
{
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(CorpusPaths.Botocore, "*.req", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(CorpusPaths.Botocore, Path.GetDirectoryName(file)!));
            }

            return data;
        }
    }

    [Fact]
    public void Should_find_all_34_cases() => Assert.Equal(34, Cases.Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_sign_exactly_as_the_suite(string name)
    {
        var (request, credentials, options) = Load(name);

        var signature = new SigV4Signer(new SigningKeyCache()).Sign(request.ToSigV4Request(), credentials, "us-east-1", "service", SuiteTime, options);

        Assert.Equal(Read(name, ".creq"), signature.CanonicalRequest);
        Assert.Equal(Read(name, ".sts"), signature.StringToSign);
        Assert.Equal(Read(name, ".authz"), signature.Authorization);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_verify_the_signed_request(string name)
    {
        var (request, credentials, options) = Load(name);
        var headers = request.Headers.Where(h => !h.Key.Equals("X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase)).ToList();
        headers.Add(new("Authorization", Read(name, ".authz")));
        if (credentials.SessionToken is { } token)
        {
            headers.Add(new("X-Amz-Security-Token", token));
        }

        var verifier = new SigV4Verifier(new FixedTime(SuiteTime), new SigningKeyCache(), options);
        var result = verifier.Verify(request.ToIncoming(), new HeaderList(headers), key => key == "AKIDEXAMPLE" ? credentials.SecretAccessKey : null);

        Assert.Equal(SigV4Status.Valid, result.Status);
        Assert.Equal(credentials.SessionToken, result.Authorization!.SecurityToken);
    }

    private static (RawHttpRequest Request, AwsCredentials Credentials, SigV4Options Options) Load(string name)
    {
        var request = RawHttpRequest.Load(File(name, ".req"));
        // The token is signed when the expected canonical request lists it, otherwise added after signing.
        var signedToken = Read(name, ".creq").Split('\n').FirstOrDefault(l => l.StartsWith("x-amz-security-token:", StringComparison.Ordinal))?[21..];
        var laterToken = RawHttpRequest.Load(File(name, ".sreq")).HeaderSource.GetValue("X-Amz-Security-Token");
        var credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", signedToken ?? laterToken);
        return (request, credentials, new SigV4Options { SignSessionToken = signedToken is not null });
    }

    private static string File(string name, string extension) =>
        Path.Combine(CorpusPaths.Botocore, name, Path.GetFileName(name) + extension);

    private static string Read(string name, string extension) => System.IO.File.ReadAllText(File(name, extension));
}
