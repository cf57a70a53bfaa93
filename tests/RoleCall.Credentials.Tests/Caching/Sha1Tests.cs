using System.Security.Cryptography;
using System.Text;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Tests.Caching;

public sealed class Sha1Tests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(64)]
    [InlineData(119)]
    [InlineData(1000)]
    public void Should_hash_like_the_platform_sha1_at_every_padding_boundary(int length)
    {
        var data = Encoding.ASCII.GetBytes(new string('a', length));
#pragma warning disable CA5350 // the reference implementation to compare with
        Assert.Equal(SHA1.HashData(data), Sha1.Hash(data));
#pragma warning restore CA5350
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"RoleArn\": \"arn:aws:iam::123456789012:role/viewer\"}")]
    [InlineData("\u00fcber \u2603")]
    public void Should_name_files_in_the_lower_case_hex_of_the_platform(string text)
    {
        var data = Encoding.UTF8.GetBytes(text);
#pragma warning disable CA5350 // the reference implementation to compare with
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(data)), Sha1.HashHex(data));
#pragma warning restore CA5350
    }
}
