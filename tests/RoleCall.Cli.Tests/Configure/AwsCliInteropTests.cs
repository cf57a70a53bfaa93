namespace RoleCall.Cli.Tests.Configure;

/// <summary>
/// Issue 2 interop: the real AWS CLI v1 and rolecall share one HOME. What one writes the other reads, and
/// both see the same profiles and the same `configure list` table. Spawns `aws` a few times (~1 s each).
/// </summary>
public sealed class AwsCliInteropTests : IDisposable
{
    private readonly ConfigureHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Should_read_what_the_aws_cli_writes()
    {
        Assert.Equal(0, _cli.Aws("configure", "set", "region", "ap-south-1", "--profile", "interop").Code);
        Assert.Equal(0, _cli.Aws("configure", "set", "aws_access_key_id", "AKIDINTEROP", "--profile", "interop").Code);
        Assert.Equal(0, _cli.Aws("configure", "set", "profile.interop.s3.addressing_style", "path").Code);
        Assert.Equal((0, "ap-south-1\n", ""), _cli.Run("configure", "get", "region", "--profile", "interop"));
        Assert.Equal((0, "AKIDINTEROP\n", ""), _cli.Run("configure", "get", "aws_access_key_id", "--profile", "interop"));
        Assert.Equal((0, "path\n", ""), _cli.Run("configure", "get", "profile.interop.s3.addressing_style"));
    }

    [Fact]
    public void Should_write_what_the_aws_cli_reads_and_print_the_same_list()
    {
        Assert.Equal(0, _cli.Run("configure", "set", "region", "eu-north-1").Code);
        Assert.Equal(0, _cli.Run("configure", "set", "aws_access_key_id", "AKIAIOSFODNN7EXAMPLE").Code);
        Assert.Equal(0, _cli.Run("configure", "set", "aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").Code);
        Assert.Equal(0, _cli.Run("configure", "set", "region", "us-gov-west-1", "--profile", "two words").Code);
        Assert.Equal(0, _cli.Run("configure", "set", "s3.max_concurrent_requests", "7").Code);

        Assert.Equal((0, "us-gov-west-1\n"), Trim(_cli.Aws("configure", "get", "region", "--profile", "two words")));
        Assert.Equal((0, "7\n"), Trim(_cli.Aws("configure", "get", "s3.max_concurrent_requests")));
        var aws = _cli.Aws("configure", "list");
        Assert.Equal(0, aws.Code);
        Assert.Equal(aws.Out, _cli.Run("configure", "list").Out);
    }

    [Fact]
    public void Should_list_the_profiles_the_aws_cli_can_use()
    {
        _cli.WriteConfig("[default]\nregion = r0\n[profile a]\nregion = r1\n[profile \"b c\"]\nregion = r2\n");
        _cli.WriteCredentials("[d]\naws_access_key_id = A\n[a]\naws_access_key_id = B\n");
        var (code, stdout, _) = _cli.Run("configure", "list-profiles");
        Assert.Equal((0, "default\na\nb c\nd\n"), (code, stdout));

        // Every listed profile is one the AWS CLI accepts (exit 0 with a region, exit 1 without; 255 = unknown).
        var regions = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => _cli.Aws("configure", "get", "region", "--profile", p))
            .Select(r => (r.Code, r.Out.Trim()));
        Assert.Equal([(0, "r0"), (0, "r1"), (0, "r2"), (1, "")], regions);
    }

    private static (int Code, string Out) Trim((int Code, string Out, string Err) result) => (result.Code, result.Out);
}
