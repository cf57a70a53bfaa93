using RoleCall.Cli.Commands.S3;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.S3;

/// <summary>S3 URIs split as awscli's find_bucket_key splits them.</summary>
public sealed class S3PathTests
{
    [Theory]
    [InlineData(null, "", "")]
    [InlineData("s3://", "", "")]
    [InlineData("s3://b", "b", "")]
    [InlineData("s3://b/", "b", "")]
    [InlineData("s3://b/dir/x", "b", "dir/x")]
    [InlineData("b/dir/", "b", "dir/")]
    public void Should_split_a_listing_path_into_bucket_and_prefix(string? argument, string bucket, string key) =>
        Assert.Equal(new S3Path(bucket, key), S3Path.ForListing(argument));

    [Fact]
    public void Should_refuse_a_bucket_command_without_the_s3_scheme()
    {
        var error = Assert.Throws<UsageException>(() => S3Path.ForBucketCommand("mb", "bucket"));

        Assert.Equal(ExitCodes.BadSyntax, error.ExitCode);
        Assert.Contains("s3://bucket", error.Hint, StringComparison.Ordinal);
    }
}
