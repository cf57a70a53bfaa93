using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// botocore's opaque NextToken: base64 of `json.dumps({"Marker": ..., "boto_truncate_amount": n})` (Python's
/// default separators, ASCII-escaped), so tokens printed by `aws` work with `rolecall` and the other way round.
/// Old `marker___index` tokens are still read, as botocore does.
/// </summary>
internal static class PaginationToken
{
    public const string TruncateAmountKey = "boto_truncate_amount";

    public static string Encode(IReadOnlyList<KeyValuePair<string, string?>> tokens, int? truncateAmount)
    {
        var parts = tokens.Select(t => $"{Quote(t.Key)}: {(t.Value is null ? "null" : Quote(t.Value))}").ToList();
        if (truncateAmount is { } amount)
        {
            parts.Add($"{Quote(TruncateAmountKey)}: {amount.ToString(CultureInfo.InvariantCulture)}");
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes("{" + string.Join(", ", parts) + "}"));
    }

    /// <summary>Reads a starting token into the service tokens (in <paramref name="inputTokens"/> order) and the number of items to skip.</summary>
    public static (List<KeyValuePair<string, string?>> Tokens, int Skip) Decode(string token, IReadOnlyList<string> inputTokens)
    {
        try
        {
            if (JmesValue.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token))) is JmesObject decoded)
            {
                var skip = decoded.Get(TruncateAmountKey) is JmesNumber { IsInteger: true } n ? (int)n.LongValue : 0;
                var tokens = decoded.Where(p => p.Key != TruncateAmountKey)
                    .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value is JmesString s ? s.Value : null))
                    .ToList();
                return (tokens, skip);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            // Not botocore's current format: fall back to the deprecated one below.
        }

        return DecodeDeprecated(token, inputTokens);
    }

    private static (List<KeyValuePair<string, string?>> Tokens, int Skip) DecodeDeprecated(string token, IReadOnlyList<string> inputTokens)
    {
        var parts = token.Split("___").ToList();
        var skip = 0;
        if (parts.Count == inputTokens.Count + 1)
        {
            if (int.TryParse(parts[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out skip))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts = [token];
            }
        }

        if (parts.Count > inputTokens.Count)
        {
            throw OutputErrors.BadStartingToken(token);
        }

        var values = parts.Select(p => p == "None" ? null : p).Concat(Enumerable.Repeat<string?>(null, inputTokens.Count - parts.Count));
        return (inputTokens.Zip(values, (k, v) => new KeyValuePair<string, string?>(k, v)).ToList(), skip);
    }

    private static string Quote(string text) => new JmesString(text).ToJson();
}
