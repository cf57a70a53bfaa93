using System.Text;
using RoleCall.Core.Otp;

namespace RoleCall.Iam.Tests.Otp;

/// <summary>RFC 6238 appendix B test vectors (SHA-1), last 6 digits.</summary>
public sealed class TotpTests
{
    private static readonly byte[] Seed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    [InlineData(20000000000L, "353130")]
    public void Should_match_the_RFC_6238_vectors(long unixSeconds, string code)
    {
        Assert.Equal(code, Totp.CodeAt(Seed, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void Should_accept_the_neighbouring_step_and_say_which_it_was()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1111111111);
        var previous = Totp.Code(Seed, Totp.StepAt(now) - 1);

        Assert.Equal(Totp.StepAt(now) - 1, Totp.Match(Seed, previous, now));
        Assert.Null(Totp.Match(Seed, Totp.Code(Seed, Totp.StepAt(now) - 2), now));
        Assert.Null(Totp.Match(Seed, "12345", now));
    }

    [Fact]
    public void Should_round_trip_base32()
    {
        var bytes = Enumerable.Range(0, 40).Select(i => (byte)(i * 7)).ToArray();

        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.Encode(Encoding.ASCII.GetBytes("12345678901234567890")));
        Assert.Equal(bytes, Base32.Decode(Base32.Encode(bytes)));
        Assert.Null(Base32.Decode("not-base32!"));
    }
}
