using System.Globalization;
using RoleCall.JmesPath.Values;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Output;

/// <summary>
/// A Query-protocol response tree to the value the formatters print, as botocore parses it: structures to
/// objects in shape order, lists to arrays, numbers to int or float (by their spelling), booleans from
/// "true"/"false", timestamps as on the wire or re-printed in ISO 8601 (see <see cref="TimestampFormat"/>),
/// and IAM's URL-encoded policy documents decoded into JSON objects as botocore's json_decode_policies does.
/// </summary>
internal static class ResultNodeConverter
{
    /// <summary>
    /// The IAM response members of shape policyDocumentType (botocore's IAM model): Role and RoleDetail's
    /// AssumeRolePolicyDocument, PolicyVersion's Document, Get*PolicyResponse and PolicyDetail's PolicyDocument.
    /// </summary>
    private static readonly HashSet<string> PolicyDocumentMembers = new(StringComparer.Ordinal)
    {
        "AssumeRolePolicyDocument", "Document", "PolicyDocument",
    };

    public static JmesValue Convert(ResultNode node, TimestampFormat timestamps = TimestampFormat.Wire) => Convert(node, timestamps, documents: null);

    /// <summary>
    /// Converts <paramref name="node"/>; <paramref name="documents"/>, when given, keeps each decoded policy
    /// document by its wire text for the next pages of the same command (values are immutable, so roles that
    /// share a trust policy share one decoded value: ListRoles decodes one document per role otherwise).
    /// </summary>
    // Plain loops rather than LINQ: Select over KeyValuePair structs is JIT-compiled at every start-up.
    public static JmesValue Convert(ResultNode node, TimestampFormat timestamps, Dictionary<string, JmesValue>? documents)
    {
        switch (node)
        {
            case ResultStruct s:
                var members = new List<KeyValuePair<string, JmesValue>>(s.Children.Count);
                for (var i = 0; i < s.Children.Count; i++)
                {
                    members.Add(new(s.Children[i].Name, Member(s.Children[i], timestamps, documents)));
                }

                return new JmesObject(members);
            case ResultList l:
                var items = new List<JmesValue>(l.Members.Count);
                for (var i = 0; i < l.Members.Count; i++)
                {
                    items.Add(Convert(l.Members[i], timestamps, documents));
                }

                return new JmesArray(items);
            case ResultValue v:
                return Scalar(v, timestamps);
            case ResultMap m:
                // A map (GetAccountSummary's SummaryMap) prints as an object, as botocore parses it into a dict.
                var entries = new List<KeyValuePair<string, JmesValue>>(m.Entries.Count);
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    entries.Add(new(m.Entries[i].Key, Convert(m.Entries[i].Value, timestamps, documents)));
                }

                return new JmesObject(entries);
            default:
                return JmesValue.Null;
        }
    }

    private static JmesValue Member(ResultNode member, TimestampFormat timestamps, Dictionary<string, JmesValue>? documents)
    {
        if (member is not ResultValue { Kind: ScalarKind.Text } text || !PolicyDocumentMembers.Contains(text.Name))
        {
            return Convert(member, timestamps, documents);
        }

        if (documents is null)
        {
            return DecodePolicyDocument(text.Value);
        }

        if (!documents.TryGetValue(text.Value, out var decoded))
        {
            decoded = DecodePolicyDocument(text.Value);
            documents[text.Value] = decoded;
        }

        return decoded;
    }

    /// <summary>botocore's decode_quoted_jsondoc: json.loads(unquote(value)), or the value unchanged when that fails.</summary>
    private static JmesValue DecodePolicyDocument(string value)
    {
        try
        {
            return JmesValue.Parse(Uri.UnescapeDataString(value));
        }
        catch (System.Text.Json.JsonException)
        {
            return new JmesString(value);
        }
    }

    private static JmesValue Scalar(ResultValue value, TimestampFormat timestamps) => value.Kind switch
    {
        ScalarKind.Number => Number(value.Value),
        ScalarKind.Boolean => JmesBoolean.Of(string.Equals(value.Value, "true", StringComparison.OrdinalIgnoreCase)),
        ScalarKind.Timestamp when timestamps == TimestampFormat.Iso8601 => new JmesString(Iso8601(value.Value)),
        _ => new JmesString(value.Value),
    };

    private static JmesNumber Number(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JmesNumber(integer);
        }

        return new JmesNumber(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>Python's datetime.isoformat() of botocore's parsed (UTC) timestamp: microseconds only when non-zero.</summary>
    private static string Iso8601(string wire)
    {
        if (!DateTimeOffset.TryParse(wire, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return wire;
        }

        var utc = parsed.ToUniversalTime();
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        return utc.ToString(format, CultureInfo.InvariantCulture) + "+00:00";
    }
}
