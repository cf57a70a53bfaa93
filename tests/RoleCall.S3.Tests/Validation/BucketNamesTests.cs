using RoleCall.S3.Validation;

namespace RoleCall.S3.Tests.Validation;

/// <summary>Issue 11: S3's general purpose bucket naming rules (bucketnamingrules.html).</summary>
public sealed class BucketNamesTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("demo-bucket")]
    [InlineData("my.bucket.2026")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Should_accept_valid_names(string name) => Assert.True(BucketNames.IsValid(name));

    [Theory]
    [InlineData("ab")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("Uppercase")]
    [InlineData("under_score")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("two..dots")]
    [InlineData("192.168.5.4")]
    [InlineData("xn--punycode")]
    [InlineData("name-s3alias")]
    [InlineData("sp ace")]
    public void Should_refuse_invalid_names_with_InvalidBucketName(string name)
    {
        Assert.False(BucketNames.IsValid(name));
        var error = Assert.Throws<Core.Errors.AwsServiceException>(() => BucketNames.Require(name));
        Assert.Equal(("InvalidBucketName", 400, "The specified bucket is not valid."), (error.Code, error.HttpStatus, error.Message));
        Assert.Equal(KeyValuePair.Create("BucketName", name), Assert.Single(error.Details));
    }

    [Fact]
    public void Should_refuse_a_key_over_1024_utf8_bytes_with_KeyTooLongError()
    {
        ObjectKeys.Require(new string('a', 1024));
        ObjectKeys.Require(new string('é', 512));
        var error = Assert.Throws<Core.Errors.AwsServiceException>(() => ObjectKeys.Require(new string('é', 513)));
        Assert.Equal(("KeyTooLongError", 400, "Your key is too long"), (error.Code, error.HttpStatus, error.Message));
        Assert.Contains(KeyValuePair.Create("Size", "1026"), error.Details);
    }
}
