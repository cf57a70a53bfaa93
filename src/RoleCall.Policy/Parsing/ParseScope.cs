using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>What every element reader needs: the policy kind, whether variables are on, and the problem list.</summary>
internal sealed class ParseScope(PolicyKind kind, bool variables, ProblemList problems)
{
    public PolicyKind Kind { get; } = kind;

    /// <summary>False for Version 2008-10-17 (or no Version), where `${...}` is plain text.</summary>
    public bool Variables { get; } = variables;

    public ProblemList Problems { get; } = problems;

    public bool IsResourceBased => Kind is PolicyKind.Trust or PolicyKind.Resource;

    /// <summary>
    /// A string or an array of strings (numbers and booleans coerced, as IAM does), or null after reporting
    /// a syntax error. An empty array yields an empty list.
    /// </summary>
    public List<(string Text, JsonNode Node, string Path)>? Strings(JsonNode node, string path)
    {
        if (node.IsScalar)
        {
            return [(node.Text, node, path)];
        }

        if (node.Kind != JsonKind.Array)
        {
            SyntaxError(node, path, $"expected a string or an array of strings, found {node.Describe()}");
            return null;
        }

        var values = new List<(string, JsonNode, string)>(node.Items.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            if (!item.IsScalar)
            {
                SyntaxError(item, $"{path}[{i}]", $"expected a string, found {item.Describe()}");
                return null;
            }

            values.Add((item.Text, item, $"{path}[{i}]"));
        }

        return values;
    }

    public void SyntaxError(JsonNode node, string path, string hint) =>
        Problems.Error(PolicyMessages.SyntaxErrors, path, node.Start, hint);

    /// <summary>Reports keys given twice in one object; IAM's parser rejects them (unverified) and they are ambiguous.</summary>
    public void CheckDuplicates(JsonNode node, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (!seen.Add(member.Key))
            {
                Problems.Error(PolicyMessages.SyntaxErrors, $"{path}.{member.Key}", member.KeyPosition, $"the key \"{member.Key}\" appears twice in this object; keep one");
            }
        }
    }
}
