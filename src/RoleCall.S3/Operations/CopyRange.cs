using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.S3.Operations;

/// <summary>
/// UploadPartCopy's `x-amz-copy-source-range: bytes=first-last` (both offsets required, zero-based, inclusive),
/// resolved against the source's size with S3's errors; no header copies the whole source. A copy source is at
/// most 5 GiB. https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html
/// </summary>
public static class CopyRange
{
    public const long MaxCopySize = 5L * 1024 * 1024 * 1024;

    private const string Header = "x-amz-copy-source-range";

    /// <summary>The first byte and the length to copy.</summary>
    public static (long First, long Length) Resolve(string? header, long size)
    {
        if (header is null)
        {
            return size > MaxCopySize ? throw TooLarge() : (0, size);
        }

        ReadOnlySpan<char> spec = header.StartsWith("bytes=", StringComparison.Ordinal) ? header.AsSpan(6) : [];
        var dash = spec.IndexOf('-');
        if (dash <= 0
            || !long.TryParse(spec[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(spec[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || last < first)
        {
            throw S3Errors.InvalidArgument(
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
                Header, header);
        }

        if (last >= size)
        {
            throw S3Errors.InvalidArgument($"Range specified is not valid for source object of size: {size}", Header, header);
        }

        return last - first + 1 > MaxCopySize ? throw TooLarge() : (first, last - first + 1);
    }

    private static AwsServiceException TooLarge() =>
        S3Errors.InvalidRequest($"The specified copy source is larger than the maximum allowable size for a copy source: {MaxCopySize}");
}
