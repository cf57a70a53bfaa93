using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.S3;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// `rolecall s3 rb s3://BUCKET [--force]`: DeleteBucket, printing `remove_bucket: BUCKET`; a refusal
/// (BucketNotEmpty, NoSuchBucket, AccessDenied) prints `remove_bucket failed: ...` on stderr and exits 1.
/// --force first deletes every object as `aws s3 rm --recursive` does (`delete: s3://BUCKET/KEY` per object);
/// if that fails the bucket is kept and the command exits 255, as the AWS CLI does.
/// </summary>
internal sealed class S3RbCommand : ICommand
{
    public string Name => "s3 rb";

    public string Summary => "delete an empty bucket (--force: delete its objects first)";

    public string Help => """
        usage: rolecall s3 rb s3://BUCKET [--force]

        Deletes the bucket. --force deletes every object in it first (as `aws s3 rm --recursive`). Output and exit
        codes as the AWS CLI's.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var force = context.Arguments.Flag("--force");
        var argument = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        var path = S3Path.ForBucketCommand("rb", argument);
        if (path.Key.Length > 0)
        {
            throw UsageException.Custom($"Please specify a valid bucket name only. E.g. s3://{path.Bucket}");
        }

        var s3 = await S3Session.OpenAsync(context, cancellation);
        if (force && !await EmptyAsync(context, s3, path.Bucket, cancellation))
        {
            await context.Error.WriteLineAsync();
            await context.Error.WriteLineAsync("remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.");
            return ExitCodes.OtherFailure;
        }

        try
        {
            await s3.Client.DeleteBucketAsync(s3.Credentials, path.Bucket, cancellation);
        }
        catch (RoleCallException e) when (e is AwsServiceException or Credentials.Sts.ServiceCallException)
        {
            await context.Error.WriteLineAsync($"remove_bucket failed: {argument} {S3Failure.Describe(e)}");
            return ExitCodes.NotFound;
        }

        await context.Out.WriteLineAsync($"remove_bucket: {path.Bucket}");
        return ExitCodes.Success;
    }

    /// <summary>`rm --recursive`: every key deleted one by one; false when the listing or any delete failed.</summary>
    private static async Task<bool> EmptyAsync(CommandContext context, S3Session s3, string bucket, CancellationToken cancellation)
    {
        var ok = true;
        string? token = null;
        do
        {
            Protocol.RestXml.ListObjectsV2Page page;
            try
            {
                page = await s3.Client.ListObjectsV2Async(s3.Credentials, new ListObjectsV2Request(bucket, "", ContinuationToken: token), cancellation);
            }
            catch (RoleCallException e) when (e is AwsServiceException or Credentials.Sts.ServiceCallException)
            {
                await context.Error.WriteLineAsync($"fatal error: {S3Failure.Describe(e)}");
                return false;
            }

            foreach (var item in page.Contents)
            {
                try
                {
                    await s3.Client.DeleteObjectAsync(s3.Credentials, bucket, item.Key, cancellation);
                    await context.Out.WriteLineAsync($"delete: s3://{bucket}/{item.Key}");
                }
                catch (RoleCallException e) when (e is AwsServiceException or Credentials.Sts.ServiceCallException)
                {
                    await context.Error.WriteLineAsync($"delete failed: s3://{bucket}/{item.Key} {S3Failure.Describe(e)}");
                    ok = false;
                }
            }

            token = page.NextContinuationToken;
        }
        while (token is not null);
        return ok;
    }
}
