using System.Text;
using System.Text.Json.Nodes;

namespace RoleCall.IdentityCenter.Json;

/// <summary>
/// NextToken paging over a list ordered by ID: the token is the last ID returned, base64-encoded so clients
/// treat it as opaque. A token that does not decode is AWS's ValidationException.
/// </summary>
public static class Paging
{
    public static (IReadOnlyList<T> Page, string? NextToken) Take<T>(IReadOnlyList<T> items, Func<T, string> id, string? token, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(id);
        var after = token is null ? null : Decode(token);
        var start = 0;
        if (after is not null)
        {
            while (start < items.Count && string.CompareOrdinal(id(items[start]), after) <= 0)
            {
                start++;
            }
        }

        var count = Math.Min(max, items.Count - start);
        var page = new List<T>(count);
        for (var i = start; i < start + count; i++)
        {
            page.Add(items[i]);
        }

        var next = start + count < items.Count && count > 0 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(id(page[^1]))) : null;
        return (page, next);
    }

    public static void AddToken(JsonObject response, string? next, string member = "NextToken")
    {
        ArgumentNullException.ThrowIfNull(response);
        if (next is not null)
        {
            response[member] = next;
        }
    }

    private static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw IcErrors.Validation("The NextToken is invalid.");
        }
    }
}
