namespace RoleCall.S3.Operations;

/// <summary>GetObject's and HeadObject's conditional headers (RFC 7232, as S3 applies them).</summary>
public sealed record GetConditions(string? IfMatch, string? IfNoneMatch, DateTimeOffset? IfModifiedSince, DateTimeOffset? IfUnmodifiedSince)
{
    public static GetConditions None { get; } = new(null, null, null, null);
}
