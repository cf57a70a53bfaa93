using System.Text.RegularExpressions;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// Validates one statement against the rules of its policy kind and compiles it. Reports every problem it
/// finds (not just the first) and returns null when any is an error.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
/// </summary>
internal static partial class StatementCompiler
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    };

    public static CompiledStatement? Compile(JsonNode node, int index, string path, ParseScope scope)
    {
        if (node.Kind != JsonKind.Object)
        {
            scope.SyntaxError(node, path, $"a statement must be an object, found {node.Describe()}");
            return null;
        }

        scope.CheckDuplicates(node, path);
        var fields = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
        var problemsOk = true;
        foreach (var member in node.Members)
        {
            if (!KnownFields.Contains(member.Key))
            {
                scope.Problems.Error(PolicyMessages.SyntaxErrors, $"{path}.{member.Key}", member.KeyPosition,
                    $"unknown field \"{member.Key}\"; statements have Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition (case matters)");
                problemsOk = false;
            }

            fields.TryAdd(member.Key, member);
        }

        var sid = ReadSid(fields, path, scope, ref problemsOk);
        var effect = ReadEffect(node, fields, path, scope, ref problemsOk);
        var actions = ReadActions(node, fields, path, scope, ref problemsOk);
        var resources = ReadResources(node, fields, path, scope, ref problemsOk);
        var principals = ReadPrincipals(node, fields, path, scope, ref problemsOk);
        List<ConditionClause>? conditions = [];
        if (fields.TryGetValue("Condition", out var condition))
        {
            conditions = ConditionCompiler.Compile(condition.Value, $"{path}.Condition", scope);
            problemsOk &= conditions is not null;
        }

        if (!problemsOk || actions is null || conditions is null)
        {
            return null;
        }

        return new CompiledStatement(index, sid, effect, node.Start, node.End, actions, resources, principals, conditions);
    }

    private static string? ReadSid(Dictionary<string, JsonMember> fields, string path, ParseScope scope, ref bool ok)
    {
        if (!fields.TryGetValue("Sid", out var member))
        {
            return null;
        }

        if (member.Value.Kind != JsonKind.String)
        {
            scope.SyntaxError(member.Value, $"{path}.Sid", $"Sid must be a string, found {member.Value.Describe()}");
            ok = false;
            return null;
        }

        // IAM's own policies (identity, trust, session, boundary) want [0-9A-Za-z]*; other services' resource
        // policies accept any text.
        if (scope.Kind != PolicyKind.Resource && !AlphaNumeric().IsMatch(member.Value.Text))
        {
            scope.Problems.Error(PolicyMessages.SidNotAlphanumeric, $"{path}.Sid", member.Value.Start, "use letters and digits only, e.g. \"AllowReadLogs\"");
            ok = false;
        }

        return member.Value.Text;
    }

    private static Effect ReadEffect(JsonNode node, Dictionary<string, JsonMember> fields, string path, ParseScope scope, ref bool ok)
    {
        if (!fields.TryGetValue("Effect", out var member))
        {
            scope.Problems.Error(PolicyMessages.MissingEffect, path, node.Start, "add \"Effect\": \"Allow\" or \"Effect\": \"Deny\"");
            ok = false;
            return Effect.Deny;
        }

        switch (member.Value)
        {
            case { Kind: JsonKind.String, Text: "Allow" }: return Effect.Allow;
            case { Kind: JsonKind.String, Text: "Deny" }: return Effect.Deny;
            default:
                scope.Problems.Error(PolicyMessages.InvalidEffect(member.Value.Text), $"{path}.Effect", member.Value.Start, "Effect is \"Allow\" or \"Deny\", capitalised");
                ok = false;
                return Effect.Deny;
        }
    }

    private static MatchList? ReadActions(JsonNode node, Dictionary<string, JsonMember> fields, string path, ParseScope scope, ref bool ok)
    {
        var (member, negated, conflict) = OneOf(fields, "Action", "NotAction", path, scope, ref ok);
        if (member is null)
        {
            if (!conflict)
            {
                scope.Problems.Error(PolicyMessages.MustContainActions, path, node.Start, "add \"Action\" (e.g. \"s3:GetObject\") or \"NotAction\"");
            }

            ok = false;
            return null;
        }

        var elementPath = $"{path}.{member.Key}";
        if (scope.Strings(member.Value, elementPath) is not { } values || values.Count == 0)
        {
            if (member.Value.Kind == JsonKind.Array && member.Value.Items.Count == 0)
            {
                scope.Problems.Error(PolicyMessages.MustContainActions, elementPath, member.Value.Start, "list at least one action");
            }

            ok = false;
            return null;
        }

        var patterns = new List<Pattern>(values.Count);
        foreach (var (text, valueNode, valuePath) in values)
        {
            var colons = text.Count(c => c == ':');
            if (text != "*" && colons == 0)
            {
                scope.Problems.Error(PolicyMessages.ActionVendor, valuePath, valueNode.Start, $"write the action as service:Name, e.g. \"s3:{text}\"");
                ok = false;
            }
            else if (colons > 1)
            {
                scope.Problems.Error(PolicyMessages.ActionOneColon, valuePath, valueNode.Start, $"\"{text}\" has {colons} colons; actions look like \"iam:GetUser\"");
                ok = false;
            }

            // Actions take wildcards but never variables.
            patterns.Add(PatternCompiler.Compile(text, wildcards: true, variables: false));
        }

        return new MatchList([.. patterns], negated, ignoreCase: true);
    }

    [GeneratedRegex("^[0-9A-Za-z]*$")]
    private static partial Regex AlphaNumeric();
}
