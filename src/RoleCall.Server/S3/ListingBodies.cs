using System.Collections.Concurrent;
using RoleCall.S3.Listing;

namespace RoleCall.Server.S3;

/// <summary>
/// Rendered ListObjects/ListObjectsV2 answers (about 250 KB of XML for 1,000 keys), kept per request (every
/// parameter that shapes the XML) together with the store results the page was built from
/// (<see cref="ListPage.Sources"/>). Invalidation: an answer is reused only when the new page was built from
/// the very same store result objects, which the store replaces at its next object write (PutObject,
/// DeleteObject, CompleteMultipartUpload); any other page renders anew. Authorization runs for every request
/// before the page is read. At most <see cref="Capacity"/> answers (about 16 MB) are kept; the whole cache is
/// dropped when full, since keys come from requests.
/// </summary>
internal sealed class ListingBodies
{
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<string, Rendered> _rendered = new(StringComparer.Ordinal);

    /// <summary>The answer rendered for <paramref name="key"/> from the same store results as <paramref name="page"/>, or null.</summary>
    public byte[]? Find(string key, ListPage page) =>
        page.Sources.Count > 0 && _rendered.TryGetValue(key, out var rendered) && Same(rendered.Sources, page.Sources) ? rendered.Body : null;

    public void Keep(string key, ListPage page, byte[] body)
    {
        if (page.Sources.Count == 0)
        {
            return;
        }

        if (_rendered.Count >= Capacity)
        {
            _rendered.Clear();
        }

        _rendered[key] = new Rendered([.. page.Sources], body);
    }

    private static bool Same(object[] kept, IReadOnlyList<object> now)
    {
        if (kept.Length != now.Count)
        {
            return false;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            if (!ReferenceEquals(kept[i], now[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Rendered(object[] Sources, byte[] Body);
}
