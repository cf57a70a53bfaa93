using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// `rolecall s3 mb s3://BUCKET`: CreateBucket in the client's region (LocationConstraint outside us-east-1),
/// printing `make_bucket: BUCKET`; a refusal prints `make_bucket failed: s3://BUCKET An error occurred (...)`
/// on stderr and exits 1, as the AWS CLI does.
/// </summary>
internal sealed class S3MbCommand : ICommand
{
    public string Name => "s3 mb";

    public string Summary => "create a bucket (in the profile's region)";

    public string Help => """
        usage: rolecall s3 mb s3://BUCKET

        Creates the bucket in the client's region (--region, AWS_REGION or the profile's). Output and exit codes
        as the AWS CLI's: `make_bucket: BUCKET`, or `make_bucket failed: ...` and exit 1.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var argument = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        var path = S3Path.ForBucketCommand("mb", argument);
        var s3 = await S3Session.OpenAsync(context, cancellation);
        try
        {
            await s3.Client.CreateBucketAsync(s3.Credentials, path.Bucket, s3.Region == "us-east-1" ? null : s3.Region, cancellation);
        }
        catch (RoleCallException e) when (e is AwsServiceException or Credentials.Sts.ServiceCallException)
        {
            await context.Error.WriteLineAsync($"make_bucket failed: {argument} {S3Failure.Describe(e)}");
            return ExitCodes.NotFound;
        }

        await context.Out.WriteLineAsync($"make_bucket: {path.Bucket}");
        return ExitCodes.Success;
    }
}
