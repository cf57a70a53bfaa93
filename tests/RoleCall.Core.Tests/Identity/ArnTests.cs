using RoleCall.Core.Identity;

namespace RoleCall.Core.Tests.Identity;

public sealed class ArnTests
{
    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/path/to/Admin", "iam", "123456789012", "role", "Admin")]
    [InlineData("arn:aws:sts::123456789012:assumed-role/Admin/alice", "sts", "123456789012", "assumed-role", "alice")]
    [InlineData("arn:aws:iam::aws:policy/ReadOnlyAccess", "iam", "aws", "policy", "ReadOnlyAccess")]
    [InlineData("arn:aws:iam::123456789012:root", "iam", "123456789012", "root", "root")]
    [InlineData("arn:aws-cn:s3:::bucket/key:with:colons", "s3", "", "bucket", "key:with:colons")]
    public void Should_split_an_arn_into_its_fields_keeping_the_resource_whole(string text, string service, string account, string type, string name)
    {
        Assert.True(Arn.TryParse(text, out var arn));
        Assert.Equal(service, arn.Value.Service);
        Assert.Equal(account, arn.Value.Account);
        Assert.Equal(type, arn.Value.ResourceType);
        Assert.Equal(name, arn.Value.ResourceName);
        Assert.Equal(text, arn.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("arn:aws:iam::123456789012")]
    [InlineData("aws:iam::123456789012:user/x")]
    [InlineData("arn::iam::123456789012:user/x")]
    [InlineData("arn:aws:iam::123456789012:")]
    public void Should_refuse_text_that_is_not_an_arn(string? text)
    {
        Assert.False(Arn.TryParse(text, out _));
    }

    [Fact]
    public void Should_never_print_the_secret_or_the_token_of_credentials()
    {
        var credentials = new AwsCredentials("ASIAEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "TOKEN-SECRET-VALUE");
        var text = credentials.ToString();
        Assert.Contains("ASIAEXAMPLE", text);
        Assert.DoesNotContain("wJalrXUtnFEMI", text);
        Assert.DoesNotContain("TOKEN-SECRET-VALUE", text);
        Assert.True(credentials.IsTemporary);
    }
}
