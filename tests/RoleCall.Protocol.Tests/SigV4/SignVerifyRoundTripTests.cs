using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>
/// Whatever the signer signs, the verifier accepts, and a one-character change anywhere is refused: random
/// paths, queries and header values (Unicode, reserved characters, repeated spaces), header and query form.
/// </summary>
public sealed class SignVerifyRoundTripTests
{
    private const string Alphabet = "aZ09-_.~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}ü€😀\t";
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 16, 0, 0, TimeSpan.Zero);
    private static readonly AwsCredentials Keys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "session/token+=");

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_verify_what_it_signed_and_refuse_any_change(int seed)
    {
        var random = new Random(seed);
        var path = "/" + Uri.EscapeDataString(Text(random)) + "/" + Uri.EscapeDataString(Text(random));
        var query = $"{Uri.EscapeDataString(Text(random))}={Uri.EscapeDataString(Text(random))}&Action=GetUser";
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", "127.0.0.1:8977"),
            new("X-Custom", "  " + Text(random).Replace('\t', ' ') + "   x  "),
        };
        var request = new SigV4Request("POST", path, query) { PayloadSha256 = PayloadHash.Of([(byte)seed]) };
        foreach (var header in headers)
        {
            request.Headers.Add(header);
        }

        var verifier = new SigV4Verifier(new FixedTime(Now), new SigningKeyCache());
        var signed = new SigV4Signer().Sign(request, Keys, "us-east-1", "iam", Now);
        var sentHeaders = new HeaderList([.. headers, .. signed.HeadersToAdd]);
        var incoming = new SigV4IncomingRequest("POST", path, query, request.PayloadSha256);
        Assert.True(verifier.Verify(incoming, sentHeaders, Lookup).IsValid);
        Assert.False(verifier.Verify(incoming with { Query = query + "x" }, sentHeaders, Lookup).IsValid);
        Assert.False(verifier.Verify(incoming with { PayloadSha256 = PayloadHash.Of([0, 1]) }, sentHeaders, Lookup).IsValid);
        var changedHeader = new HeaderList([headers[0], new("X-Custom", headers[1].Value + "!"), .. signed.HeadersToAdd]);
        Assert.False(verifier.Verify(incoming, changedHeader, Lookup).IsValid);

        var presigned = new SigV4Signer().Presign(request, Keys, "us-east-1", "iam", Now, TimeSpan.FromMinutes(15));
        var presignedIncoming = incoming with { Query = presigned.Query };
        Assert.True(verifier.Verify(presignedIncoming, new HeaderList(headers), Lookup).IsValid);
        Assert.False(verifier.Verify(presignedIncoming with { Path = path + "x" }, new HeaderList(headers), Lookup).IsValid);
    }

    private static string Text(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet.Substring(random.Next(Alphabet.Length - 2), 1)));

    private static string? Lookup(string accessKeyId) => accessKeyId == Keys.AccessKeyId ? Keys.SecretAccessKey : null;
}
