using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// The pages an automatically paginated call returned (already cut to --max-items), with what the AWS CLI
/// prints from them: the merged result (json, table, yaml) or page by page (text, yaml-stream).
/// </summary>
internal sealed class PagedResponse(
    IReadOnlyList<JmesObject> pages,
    IReadOnlyList<string> resultKeys,
    JmesObject nonAggregatePart,
    string? resumeToken)
{
    /// <summary>The raw pages as the service returned them, the result keys truncated where --max-items cut.</summary>
    public IReadOnlyList<JmesObject> Pages { get; } = pages;

    /// <summary>The keys whose lists are merged across pages, e.g. `Roles`.</summary>
    public IReadOnlyList<string> ResultKeys { get; } = resultKeys;

    /// <summary>Keys taken from the first page only (GetGroup's `Group`).</summary>
    public JmesObject NonAggregatePart { get; } = nonAggregatePart;

    /// <summary>The `NextToken` to pass as --starting-token to continue, when --max-items stopped early.</summary>
    public string? ResumeToken { get; } = resumeToken;

    /// <summary>
    /// botocore's build_full_result: result keys concatenated over pages (in the order they first appear),
    /// then the non-aggregate keys, then `NextToken`. IsTruncated and Marker are not part of it.
    /// </summary>
    public JmesObject BuildFullResult()
    {
        var merged = new List<KeyValuePair<string, JmesValue>>();
        var lists = new Dictionary<string, List<JmesValue>>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            foreach (var key in ResultKeys)
            {
                var value = page.Get(key);
                if (value.Kind == JmesKind.Null)
                {
                    continue;
                }

                if (lists.TryGetValue(key, out var existing))
                {
                    if (value is JmesArray items)
                    {
                        existing.AddRange(items);
                    }
                }
                else if (value is JmesArray items)
                {
                    lists[key] = [.. items];
                    merged.Add(new(key, JmesValue.Null));
                }
                else
                {
                    merged.Add(new(key, value));
                }
            }
        }

        // Loops, not LINQ: LINQ over KeyValuePair structs is JIT-compiled at start-up.
        var result = new List<KeyValuePair<string, JmesValue>>(merged.Count + NonAggregatePart.Count + 1);
        for (var i = 0; i < merged.Count; i++)
        {
            var (key, value) = merged[i];
            result.Add(lists.TryGetValue(key, out var list) ? new(key, new JmesArray(list)) : new(key, value));
        }

        for (var i = 0; i < NonAggregatePart.Count; i++)
        {
            result.Add(NonAggregatePart[i]);
        }

        if (ResumeToken is not null)
        {
            result.Add(new("NextToken", new JmesString(ResumeToken)));
        }

        return new JmesObject(result);
    }

    /// <summary>What the text format prints for page <paramref name="index"/>: the non-aggregate part (first page only) and the result keys.</summary>
    public JmesObject TextPage(int index)
    {
        var current = index == 0 ? NonAggregatePart.ToList() : [];
        current.AddRange(ResultKeys.Select(key => new KeyValuePair<string, JmesValue>(key, Pages[index].Get(key))));
        return new JmesObject(current);
    }
}
