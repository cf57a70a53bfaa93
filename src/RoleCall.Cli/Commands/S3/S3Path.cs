using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// An `s3://bucket/key` argument split as the AWS CLI splits it (awscli/customizations/s3/utils.py,
/// find_bucket_key): the text before the first `/` is the bucket, the rest (possibly empty) the key.
/// </summary>
internal sealed record S3Path(string Bucket, string Key)
{
    private const string Scheme = "s3://";

    /// <summary>`ls` takes the URI with or without `s3://`; an empty bucket lists the buckets.</summary>
    public static S3Path ForListing(string? argument)
    {
        var path = argument ?? Scheme;
        return Split(path.StartsWith(Scheme, StringComparison.Ordinal) ? path[Scheme.Length..] : path);
    }

    /// <summary>`mb` and `rb` insist on `s3://` (the AWS CLI: "&lt;S3Uri&gt; Error: Invalid argument type", exit 252).</summary>
    public static S3Path ForBucketCommand(string command, string? argument)
    {
        if (argument is null)
        {
            throw UsageException.MissingRequired(["path"]);
        }

        if (!argument.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw UsageException.Custom($"<S3Uri> Error: Invalid argument type: '{argument}'", $"write the bucket as s3://BUCKET, e.g. rolecall s3 {command} s3://{argument}");
        }

        return Split(argument[Scheme.Length..]);
    }

    private static S3Path Split(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new S3Path(path, string.Empty) : new S3Path(path[..slash], path[(slash + 1)..]);
    }
}
