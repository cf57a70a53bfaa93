using System.Globalization;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// botocore's PageIterator as a pure loop over a <see cref="PageFetcher"/>: follows the output token while
/// the more-results flag is true, honours --page-size, --starting-token (skipping items already shown) and
/// --max-items (cutting the last page and producing the NextToken to resume from). The iam commands pass
/// the result to OutputWriter, which prints it as the AWS CLI does for each format.
/// </summary>
internal static class Paginator
{
    public static async Task<PagedResponse> PaginateAsync(
        PaginatorConfig config, PaginationOptions options, PageFetcher fetch, CancellationToken cancellation = default)
    {
        var primary = config.ResultKeys[0];
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        List<KeyValuePair<string, string?>> nextToken = [new(config.InputToken, null)];
        var skip = 0;
        if (options.StartingToken is not null)
        {
            (nextToken, skip) = PaginationToken.Decode(options.StartingToken, [config.InputToken]);
            Inject(parameters, nextToken);
        }

        if (options.PageSize is { } pageSize && config.LimitKey is not null)
        {
            parameters[config.LimitKey] = pageSize.ToString(CultureInfo.InvariantCulture);
        }

        var pages = new List<JmesObject>();
        JmesObject nonAggregate = JmesObject.Empty;
        string? resumeToken = null;
        string? previousToken = null;
        var total = 0;
        while (true)
        {
            var page = await fetch(parameters, cancellation).ConfigureAwait(false);
            var startingTruncation = 0;
            if (pages.Count == 0)
            {
                if (options.StartingToken is not null)
                {
                    page = SkipAlreadyShown(page, config, skip);
                    startingTruncation = skip;
                }

                nonAggregate = NonAggregatePart(page, config);
            }

            var items = page.Get(primary) as JmesArray ?? JmesArray.Empty;
            var excess = options.MaxItems is { } max ? total + items.Count - max : 0;
            if (excess > 0)
            {
                var keep = items.Count - excess;
                pages.Add(Replace(page, primary, new JmesArray(items.Take(keep).ToList())));
                resumeToken = PaginationToken.Encode(nextToken, keep + startingTruncation);
                break;
            }

            pages.Add(page);
            total += items.Count;
            nextToken = NextToken(page, config);
            // One input token (IAM's Marker): done when the service sent none.
            if (nextToken.Count == 0 || nextToken[0].Value is null)
            {
                break;
            }

            if (options.MaxItems is { } limit && total == limit)
            {
                // On a page boundary the service's own marker is enough to resume.
                resumeToken = PaginationToken.Encode(nextToken, truncateAmount: null);
                break;
            }

            var current = nextToken[0].Value;
            if (current == previousToken)
            {
                throw OutputErrors.SameTokenTwice(current ?? "null");
            }

            Inject(parameters, nextToken);
            previousToken = current;
        }

        return new PagedResponse(pages, config.ResultKeys, nonAggregate, resumeToken);
    }

    // A loop, not Select: LINQ producing KeyValuePair structs is JIT-compiled at start-up.
    private static JmesObject NonAggregatePart(JmesObject page, PaginatorConfig config)
    {
        var part = new List<KeyValuePair<string, JmesValue>>(config.NonAggregateKeys.Count);
        foreach (var key in config.NonAggregateKeys)
        {
            part.Add(new(key, page.Get(key)));
        }

        return new JmesObject(part);
    }

    private static List<KeyValuePair<string, string?>> NextToken(JmesObject page, PaginatorConfig config)
    {
        if (config.MoreResults is not null && !page.Get(config.MoreResults).IsTruthy)
        {
            return [];
        }

        // An empty string is no token.
        var token = page.Get(config.OutputToken) is JmesString { Value.Length: > 0 } s ? s.Value : null;
        return [new(config.InputToken, token)];
    }

    private static void Inject(Dictionary<string, string> parameters, List<KeyValuePair<string, string?>> tokens)
    {
        foreach (var (name, value) in tokens)
        {
            if (value is not null && value != "None")
            {
                parameters[name] = value;
            }
            else
            {
                parameters.Remove(name);
            }
        }
    }

    /// <summary>Resuming inside a page: drop the items already printed and empty the secondary result lists.</summary>
    private static JmesObject SkipAlreadyShown(JmesObject page, PaginatorConfig config, int skip)
    {
        var primary = config.ResultKeys[0];
        var result = page;
        if (page.Get(primary) is JmesArray items)
        {
            result = Replace(result, primary, new JmesArray(items.Skip(skip).ToList()));
        }

        foreach (var key in config.ResultKeys.Skip(1))
        {
            var sample = page.Get(key);
            result = Replace(result, key, sample switch
            {
                JmesArray => JmesArray.Empty,
                JmesString => JmesString.Empty,
                JmesNumber => sample,
                _ => JmesValue.Null,
            });
        }

        return result;
    }

    private static JmesObject Replace(JmesObject obj, string key, JmesValue value) =>
        new(obj.Append(new KeyValuePair<string, JmesValue>(key, value)));
}
