using RoleCall.S3.Model;

namespace RoleCall.S3.Listing;

/// <summary>
/// One page: objects and common prefixes in key order, whether more follow, and the last key or prefix
/// returned (v1's NextMarker, v2's continuation token before encoding).
/// </summary>
public sealed record ListPage(IReadOnlyList<S3ObjectSummary> Objects, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, string? Last)
{
    /// <summary>The bucket owner's account (the objects' Owner in the listing).</summary>
    public string OwnerAccount { get; init; } = string.Empty;
}
