using System.Buffers.Text;
using System.Text;
using RoleCall.Iam.Store;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// IAM's `Marker`/`MaxItems` pagination. The marker is opaque to clients: the base64url of the sort key the
/// next page starts after, so a page costs O(log n + MaxItems) however many entities exist.
/// </summary>
public static class Paging
{
    public static PageRequest Read(ParameterReader parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var maxItems = parameters.OptionalInt("MaxItems") ?? IamLimits.DefaultMaxItems;
        IamValidation.Range(maxItems, "maxItems", 1, IamLimits.MaxMaxItems);
        var marker = parameters.Optional("Marker");
        if (marker is not null)
        {
            IamValidation.Length(marker, "marker", 1, 320);
        }

        return new PageRequest(marker is null ? null : Decode(marker), maxItems);
    }

    public static string? Encode(string? after) => after is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(after));

    public static string Decode(string marker)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(marker));
        }
        catch (FormatException)
        {
            throw IamErrors.InvalidMarker();
        }
    }

    /// <summary>Pages an in-memory sequence sorted case-insensitively by key (small lists such as the AWS managed catalog).</summary>
    public static Page<T> Slice<T>(IEnumerable<T> sorted, Func<T, string> key, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rest = page.After is null ? sorted : sorted.Where(i => StringComparer.OrdinalIgnoreCase.Compare(key(i), page.After) > 0);
        var items = rest.Take(page.Limit == int.MaxValue ? int.MaxValue : page.Limit + 1).ToList();
        if (items.Count <= page.Limit)
        {
            return new Page<T>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new Page<T>(items, key(items[^1]));
    }
}
