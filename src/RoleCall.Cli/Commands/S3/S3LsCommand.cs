using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.S3;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// `rolecall s3 ls [s3://bucket[/prefix]] [--recursive] [--human-readable] [--summarize] [--page-size N]`:
/// what `aws s3 ls` prints, line for line. Exit 1 when a prefix was given and its first page is empty, as the
/// AWS CLI does; service errors exit 254.
/// </summary>
internal sealed class S3LsCommand : ICommand
{
    public string Name => "s3 ls";

    public string Summary => "list buckets, or the objects and prefixes under s3://bucket/prefix";

    public string Help => """
        usage: rolecall s3 ls [s3://BUCKET[/PREFIX]] [--recursive] [--human-readable] [--summarize] [--page-size N]

        Without a path, lists your buckets. With one, lists the objects and the common prefixes (PRE dir/) one
        level under it; --recursive lists every key under it. Dates are in local time (TZ). Output as the AWS CLI's.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var recursive = context.Arguments.Flag("--recursive");
        var humanReadable = context.Arguments.Flag("--human-readable");
        var summarize = context.Arguments.Flag("--summarize");
        var pageSize = context.Arguments.IntOption("--page-size");
        var path = S3Path.ForListing(context.Arguments.Positional());
        context.Arguments.EnsureConsumed();
        if (pageSize is < 1 or > 1000)
        {
            throw UsageException.InvalidValue("--page-size", pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a number from 1 to 1000");
        }

        var s3 = await S3Session.OpenAsync(context, cancellation);
        var printer = new S3ListingPrinter(context.Out, new S3ListingFormat(LocalTimeZone.From(context.Environment), humanReadable));
        if (path.Bucket.Length == 0)
        {
            printer.Buckets(await s3.Client.ListBucketsAsync(s3.Credentials, cancellation));
        }
        else
        {
            var request = new ListObjectsV2Request(path.Bucket, path.Key, recursive ? null : "/", MaxKeys: pageSize);
            await printer.ObjectsAsync(token => s3.Client.ListObjectsV2Async(s3.Credentials, request with { ContinuationToken = token }, cancellation), recursive);
        }

        if (summarize)
        {
            printer.Summary();
        }

        // A prefix that matched nothing is a "no" (1); an empty bucket or no buckets is not.
        return path.Key.Length > 0 && printer.FirstPageEmpty ? ExitCodes.NotFound : ExitCodes.Success;
    }
}
