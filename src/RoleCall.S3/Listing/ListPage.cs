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

    /// <summary>
    /// The store results (<see cref="Store.IS3Store.ListObjects"/>) this page was built from, in scan order. A
    /// store hands back the very same result object only while nothing changed (the SQLite store keeps a result
    /// until the next object write; a store that keeps none returns a new one each time), so a page built from
    /// the same objects is the same page, and its rendered answer may be reused (the server's ListingBodies).
    /// </summary>
    public IReadOnlyList<object> Sources { get; init; } = [];
}
