using RoleCall.EndToEnd.Tests.Client;

namespace RoleCall.EndToEnd.Tests.S3Cli;

/// <summary>
/// A caller without S3 permissions, against moto_server enforcing IAM (INITIAL_NO_AUTH_ACTION_COUNT: the first
/// three calls, which set the stage, are unauthenticated; every later one is checked). AccessDenied is printed
/// and exited as the AWS CLI does it: `ls` exits 254, `mb`/`rb` print their failure line and exit 1.
/// </summary>
public sealed class S3CliAccessDeniedTests
{
    [Fact]
    public async Task Should_report_access_denied_as_the_aws_cli_does()
    {
        using var moto = new MotoServer(new Dictionary<string, string> { ["INITIAL_NO_AUTH_ACTION_COUNT"] = "3" });
        using var admin = new S3CliTools(moto.Endpoint, "AKIAIOSFODNN7EXAMPLE", "secret");
        var keyFile = Path.Combine(admin.Home, "key");
        admin.Boto3($$"""
            iam = boto3.client('iam', endpoint_url=os.environ['ENDPOINT'])
            iam.create_user(UserName='nobody')
            key = iam.create_access_key(UserName='nobody')['AccessKey']
            s3.create_bucket(Bucket='their-bucket', CreateBucketConfiguration={'LocationConstraint': 'eu-west-1'})
            open('{{keyFile}}', 'w').write(key['AccessKeyId'] + ' ' + key['SecretAccessKey'])
            """);
        var key = File.ReadAllText(keyFile).Split(' ');
        using var user = new S3CliTools(moto.Endpoint, key[0], key[1]);

        foreach (var args in new[] { new[] { "s3", "ls" }, ["s3", "mb", "s3://mine-now"], ["s3", "rb", "s3://their-bucket"] })
        {
            var rolecall = await user.RolecallAsync(args);
            Assert.Contains("(AccessDenied)", rolecall.Stderr, StringComparison.Ordinal);
            S3CliComparison.AssertSame(string.Join(' ', args), await user.AwsV1Async(args), await user.AwsV2Async(args), rolecall);
        }
    }
}
