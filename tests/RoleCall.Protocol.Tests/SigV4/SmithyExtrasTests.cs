using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>
/// smithy-rs's additions (tests/Fixtures/sigv4-smithy-rs-extras): double encoding of an already-encoded
/// path, and the `%20` spelling of get-space-normalized.
/// </summary>
public sealed class SmithyExtrasTests
{
    private static readonly AwsCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    [Fact]
    public void Should_double_encode_an_encoded_lambda_path()
    {
        var dir = Path.Combine(CorpusPaths.SmithyV4, "double-url-encode");
        var request = RawHttpRequest.Load(Path.Combine(dir, "request.txt"));
        var time = new DateTimeOffset(2021, 5, 11, 15, 40, 45, TimeSpan.Zero);

        var signature = new SigV4Signer(new SigningKeyCache()).Sign(request.ToSigV4Request(), Example, "us-east-2", "lambda", time);

        Assert.Equal(File.ReadAllText(Path.Combine(dir, "header-canonical-request.txt")), signature.CanonicalRequest);
        // This suite's string-to-sign file alone ends in a newline (SOURCE.md).
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "header-string-to-sign.txt")).TrimEnd('\n'), signature.StringToSign);
        Assert.Contains("Signature=" + signature.Signature, File.ReadAllText(Path.Combine(dir, "header-signed-request.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_encode_at_sign_and_double_encode_escapes_in_an_api_gateway_path()
    {
        var dir = Path.Combine(CorpusPaths.SmithyV4, "double-encode-path");
        var request = RawHttpRequest.Load(Path.Combine(dir, "request.txt"));
        var signer = new SigV4Signer(new SigningKeyCache());

        var at2021 = signer.Sign(request.ToSigV4Request(), Example, "us-east-1", "service", new DateTimeOffset(2021, 5, 11, 15, 40, 45, TimeSpan.Zero));
        var at2015 = signer.Sign(request.ToSigV4Request(), new AwsCredentials("ANOTREAL", "notrealrnrELgWzOk3IfjzDKtFBhDby"), "us-east-1", "service", new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

        Assert.Equal(File.ReadAllText(Path.Combine(dir, "header-canonical-request.txt")), at2021.CanonicalRequest);
        Assert.Contains("Signature=" + at2015.Signature, File.ReadAllText(Path.Combine(dir, "header-signed-request.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_treat_the_percent_20_space_variant_as_already_encoded_when_single_encoding()
    {
        // smithy-rs kept aws-c-auth's expected files for this variant: `/example%20space/` is canonical only
        // if the escape is taken as already encoded (single encoding); double encoding would give %2520.
        var request = RawHttpRequest.Load(Path.Combine(CorpusPaths.SmithyV4, "get-space-normalized", "request.txt"));
        var suite = SuiteCase.Load(Path.Combine(CorpusPaths.AwsCAuthV4, "get-space-normalized"));

        var signature = new SigV4Signer(new SigningKeyCache()).Sign(request.ToSigV4Request(), suite.Credentials, suite.Region, suite.Service, suite.Time, suite.Options with { DoubleEncodePath = false });

        Assert.Equal(suite.Read("header-canonical-request.txt"), signature.CanonicalRequest);
        Assert.Equal(suite.Read("header-signature.txt").Trim(), signature.Signature);
    }
}
