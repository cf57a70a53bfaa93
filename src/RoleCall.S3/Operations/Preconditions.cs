namespace RoleCall.S3.Operations;

/// <summary>
/// How S3 combines the conditional headers (RFC 7232 section 6): If-Match then If-Unmodified-Since (412),
/// If-None-Match then If-Modified-Since (304 for GET and HEAD). A true If-Match overrides If-Unmodified-Since;
/// If-None-Match, when present, overrides If-Modified-Since.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_RequestSyntax
/// </summary>
internal static class Preconditions
{
    /// <summary>True for 304 Not Modified; throws PreconditionFailed (412) when a precondition fails.</summary>
    public static bool NotModified(GetConditions conditions, string etag, DateTimeOffset lastModified)
    {
        if (conditions.IfMatch is { } ifMatch)
        {
            if (!Matches(ifMatch, etag))
            {
                throw S3Errors.PreconditionFailed("If-Match");
            }
        }
        else if (conditions.IfUnmodifiedSince is { } since && lastModified > since)
        {
            throw S3Errors.PreconditionFailed("If-Unmodified-Since");
        }

        if (conditions.IfNoneMatch is { } ifNoneMatch)
        {
            return Matches(ifNoneMatch, etag);
        }

        return conditions.IfModifiedSince is { } modifiedSince && lastModified <= modifiedSince;
    }

    /// <summary>
    /// CopyObject's and UploadPartCopy's `x-amz-copy-source-if-*` conditions on the source: any failure is 412 (there
    /// is no 304 for a copy). A true If-Match overrides If-Unmodified-Since; If-None-Match, when present, overrides
    /// If-Modified-Since. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html
    /// </summary>
    public static void RequireForCopy(GetConditions conditions, string etag, DateTimeOffset lastModified)
    {
        if (conditions.IfMatch is { } ifMatch ? !Matches(ifMatch, etag) : conditions.IfUnmodifiedSince is { } since && lastModified > since)
        {
            throw S3Errors.PreconditionFailed(conditions.IfMatch is null ? "x-amz-copy-source-If-Unmodified-Since" : "x-amz-copy-source-If-Match");
        }

        if (conditions.IfNoneMatch is { } ifNoneMatch ? Matches(ifNoneMatch, etag) : conditions.IfModifiedSince is { } modified && lastModified <= modified)
        {
            throw S3Errors.PreconditionFailed(conditions.IfNoneMatch is null ? "x-amz-copy-source-If-Modified-Since" : "x-amz-copy-source-If-None-Match");
        }
    }

    /// <summary>`*`, or any of a comma-separated list of entity tags, quoted or not.</summary>
    public static bool Matches(string header, string etag)
    {
        var bare = etag.Trim('"');
        foreach (var part in header.Split(','))
        {
            var candidate = part.Trim();
            if (candidate == "*" || candidate.Trim('"') == bare)
            {
                return true;
            }
        }

        return false;
    }
}
