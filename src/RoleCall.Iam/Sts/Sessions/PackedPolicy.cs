using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace RoleCall.Iam.Sts.Sessions;

/// <summary>
/// AWS packs a session's policies and tags into the token in compressed binary form and reports how much
/// of the allotted space they use as `PackedPolicySize` (a percentage); over 100 is PackedPolicyTooLarge.
/// The exact format is AWS's own; this models it as deflated compact JSON + ARNs + tags against a fixed
/// budget, which keeps the observable rules: small policies report a few percent, uncompressible or
/// very large inputs exceed 100. (unverified: the budget is calibrated, not documented)
/// </summary>
internal static class PackedPolicy
{
    public const int BudgetBytes = 1400;

    public static int PercentOf(IReadOnlyList<string>? documents, IReadOnlyDictionary<string, string>? tags)
    {
        // Nothing to pack (the common AssumeRole): no deflater, whose set-up alone costs more than the rest of the call.
        if (documents is null && (tags is null || tags.Count == 0))
        {
            return 0;
        }

        var text = new StringBuilder();
        foreach (var document in documents ?? [])
        {
            text.Append(Compact(document)).Append('\n');
        }

        foreach (var (key, value) in tags ?? new Dictionary<string, string>())
        {
            text.Append(key).Append('=').Append(value).Append('\n');
        }

        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return (int)Math.Ceiling(buffer.Length * 100.0 / BudgetBytes);
    }

    /// <summary>Whitespace outside strings does not count (as for IAM's own size limits).</summary>
    private static string Compact(string document)
    {
        try
        {
            using var parsed = JsonDocument.Parse(document);
            return JsonSerializer.Serialize(parsed.RootElement);
        }
        catch (JsonException)
        {
            return document;
        }
    }
}
