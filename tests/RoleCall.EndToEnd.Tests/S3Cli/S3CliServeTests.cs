using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.S3Cli;

/// <summary>
/// Against an in-process `rolecall serve`, serve's own decisions as the AWS CLIs and rolecall report them: a user
/// with no S3 permissions is refused ls, mb and rb; with AmazonS3ReadOnlyAccess the same user may list but not
/// make buckets. The listing and mb/rb cases of S3CliDifferentialTests run here too, so serve is judged by
/// both AWS CLIs exactly as moto is.
/// </summary>
public sealed class S3CliServeTests
{
    /// <summary>
    /// Issue 11: seeding this listing with boto3 once stalled against serve (botocore kept a connection after a
    /// 0-byte put whose `Expect: 100-continue` serve never answered); it now runs in full.
    /// </summary>
    [Fact]
    public async Task Should_list_as_the_aws_cli_lists_against_serve()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var tools = new S3CliTools(server.Url.ToString().TrimEnd('/'), server.Credentials.AccessKeyId, server.Credentials.SecretAccessKey);
        await S3CliDifferentialTests.ListingAsync(tools);
    }

    [Fact]
    public async Task Should_make_and_remove_buckets_as_the_aws_cli_does_against_serve()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var tools = new S3CliTools(server.Url.ToString().TrimEnd('/'), server.Credentials.AccessKeyId, server.Credentials.SecretAccessKey);
        await S3CliDifferentialTests.LifecycleAsync(tools);
    }

    [Fact]
    public async Task Should_report_serve_s_refusals_as_the_aws_cli_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var admin = new S3CliTools(server.Url.ToString().TrimEnd('/'), server.Credentials.AccessKeyId, server.Credentials.SecretAccessKey);
        var keyFile = Path.Combine(admin.Home, "key");
        admin.Boto3($$"""
            iam = boto3.client('iam', endpoint_url=os.environ['ENDPOINT'])
            iam.create_user(UserName='reader')
            key = iam.create_access_key(UserName='reader')['AccessKey']
            s3.create_bucket(Bucket='admins-bucket', CreateBucketConfiguration={'LocationConstraint': 'eu-west-1'})
            open('{{keyFile}}', 'w').write(key['AccessKeyId'] + ' ' + key['SecretAccessKey'])
            """);
        var key = File.ReadAllText(keyFile).Split(' ');
        using var user = new S3CliTools(admin.Endpoint, key[0], key[1]);

        string[][] denied = [["s3", "ls"], ["s3", "ls", "s3://admins-bucket"], ["s3", "mb", "s3://readers-bucket"], ["s3", "rb", "s3://admins-bucket"]];
        foreach (var args in denied)
        {
            var rolecall = await user.RolecallAsync(args);
            Assert.Contains("(AccessDenied)", rolecall.Stderr, StringComparison.Ordinal);
            S3CliComparison.AssertSame(string.Join(' ', args), await user.AwsV1Async(args), await user.AwsV2Async(args), rolecall);
        }

        admin.Boto3("boto3.client('iam', endpoint_url=os.environ['ENDPOINT']).attach_user_policy(UserName='reader', PolicyArn='arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')\n");
        foreach (var args in new[] { new[] { "s3", "ls" }, ["s3", "ls", "s3://admins-bucket"], ["s3", "mb", "s3://readers-bucket"] })
        {
            S3CliComparison.AssertSame(string.Join(' ', args), await user.AwsV1Async(args), await user.AwsV2Async(args), await user.RolecallAsync(args));
        }

        var listed = await user.RolecallAsync("s3", "ls");
        Assert.Equal(0, listed.ExitCode);
        Assert.EndsWith(" admins-bucket\n", listed.Stdout, StringComparison.Ordinal);
    }
}
