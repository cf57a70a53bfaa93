using RoleCall.Core.Identity;
using RoleCall.Iam.Ids;

namespace RoleCall.Iam.Tests.Ids;

public sealed class IamIdsTests
{
    [Theory]
    [InlineData("AIDA")]
    [InlineData("AROA")]
    [InlineData("AGPA")]
    [InlineData("ANPA")]
    public void Should_make_21_character_unique_ids_with_the_prefix(string prefix)
    {
        var ids = Enumerable.Range(0, 100).Select(_ => IamIds.UniqueId(prefix)).ToList();

        Assert.All(ids, id => Assert.Matches($"^{prefix}[A-Z2-7]{{17}}$", id));
        Assert.Equal(100, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("000000000001")]
    [InlineData("999999999999")]
    public void Should_encode_the_account_in_access_key_ids(string account)
    {
        var id = IamIds.AccessKeyId(account);

        Assert.Matches("^AKIA[A-Z2-7]{16}$", id);
        Assert.Equal(account, AccessKeyIds.AccountOf(id));
    }

    [Fact]
    public void Should_decode_the_account_of_a_published_AWS_key()
    {
        // From "AWS Access Key ID formats" (A. Steele): this example key decodes to account 609629065308 (Tal Be'ery's "A short note on AWS KEY ID").
        Assert.Equal("609629065308", AccessKeyIds.AccountOf("ASIAY34FZKBOKMUTVV7A"));
    }

    [Fact]
    public void Should_make_40_character_secrets_of_the_base64_alphabet()
    {
        Assert.Matches("^[A-Za-z0-9+/]{40}$", IamIds.Secret());
        Assert.NotEqual(IamIds.Secret(), IamIds.Secret());
    }
}
