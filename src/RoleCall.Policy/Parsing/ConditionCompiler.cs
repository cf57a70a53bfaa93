using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// Reads a Condition block: { operator: { key: value | [values] } }, resolving each operator once and
/// pre-parsing values for its family. Values an operator cannot read are reported as warnings and never match.
/// </summary>
internal static class ConditionCompiler
{
    public static List<ConditionClause>? Compile(JsonNode node, string path, ParseScope scope)
    {
        if (node.Kind != JsonKind.Object)
        {
            scope.SyntaxError(node, path, $"Condition must be an object of operators, found {node.Describe()}");
            return null;
        }

        scope.CheckDuplicates(node, path);
        var clauses = new List<ConditionClause>();
        var ok = true;
        foreach (var opMember in node.Members)
        {
            var opPath = $"{path}.{opMember.Key}";
            if (!ConditionOperatorName.TryParse(opMember.Key, out var set, out var op, out var ifExists))
            {
                scope.Problems.Error(PolicyMessages.InvalidConditionType(opMember.Key), opPath, opMember.KeyPosition,
                    "operators are String*, Numeric*, Date*, Bool, BinaryEquals, IpAddress, NotIpAddress, Arn*, Null, with optional IfExists and ForAllValues:/ForAnyValue:");
                ok = false;
                continue;
            }

            if (opMember.Value.Kind != JsonKind.Object)
            {
                scope.SyntaxError(opMember.Value, opPath, $"{opMember.Key} must map condition keys to values, found {opMember.Value.Describe()}");
                ok = false;
                continue;
            }

            scope.CheckDuplicates(opMember.Value, opPath);
            foreach (var keyMember in opMember.Value.Members)
            {
                var keyPath = $"{opPath}.{keyMember.Key}";
                if (!keyMember.Key.Contains(':', StringComparison.Ordinal))
                {
                    scope.Problems.Error(PolicyMessages.ConditionVendor, keyPath, keyMember.KeyPosition,
                        $"condition keys look like aws:SourceIp or s3:prefix; \"{keyMember.Key}\" has no vendor prefix");
                    ok = false;
                    continue;
                }

                if (scope.Strings(keyMember.Value, keyPath) is not { } values)
                {
                    ok = false;
                    continue;
                }

                clauses.Add(Build(opMember.Key, set, op, ifExists, keyMember.Key, values, scope));
            }
        }

        return ok ? clauses : null;
    }

    private static ConditionClause Build(string name, SetQualifier set, ConditionOperator op, bool ifExists, string key,
        List<(string Text, JsonNode Node, string Path)> values, ParseScope scope)
    {
        T[] Read<T>(Func<string, (bool Ok, T Value)> parse, string expected)
        {
            var parsed = new List<T>(values.Count);
            foreach (var (text, node, path) in values)
            {
                var (ok, value) = parse(text);
                if (ok)
                {
                    parsed.Add(value);
                }
                else
                {
                    scope.Problems.Warning($"Invalid value {text} for {name}", path, node.Start, $"{name} compares {expected}; this value can never match");
                }
            }

            return [.. parsed];
        }

        var clause = new ConditionClause
        {
            OperatorName = name,
            Operator = op,
            Set = set,
            IfExists = ifExists,
            Key = key,
            Negated = ConditionOperatorName.IsNegated(op),
        };
        return op switch
        {
            ConditionOperator.StringLike or ConditionOperator.StringNotLike =>
                clause with { Patterns = [.. values.Select(v => PatternCompiler.Compile(v.Text, wildcards: true, scope.Variables))] },
            >= ConditionOperator.StringEquals and <= ConditionOperator.StringNotEqualsIgnoreCase =>
                clause with { Patterns = [.. values.Select(v => PatternCompiler.Compile(v.Text, wildcards: false, scope.Variables))] },
            >= ConditionOperator.ArnEquals and <= ConditionOperator.ArnNotLike =>
                clause with { ArnPatterns = [.. values.Select(v => PatternCompiler.CompileArn(v.Text, scope.Variables))] },
            >= ConditionOperator.NumericEquals and <= ConditionOperator.NumericGreaterThanEquals =>
                clause with { Numbers = Read(t => (ValueParsers.TryParseNumber(t, out var n), n), "numbers") },
            >= ConditionOperator.DateEquals and <= ConditionOperator.DateGreaterThanEquals =>
                clause with { Dates = Read(t => (ValueParsers.TryParseDate(t, out var d), d), "ISO 8601 dates or epoch seconds") },
            ConditionOperator.Bool or ConditionOperator.Null =>
                clause with { Booleans = Read(t => (ValueParsers.TryParseBool(t, out var b), b), "\"true\" or \"false\"") },
            ConditionOperator.IpAddress or ConditionOperator.NotIpAddress =>
                clause with { Networks = Read(t => (IpNetwork.TryParse(t, out var n), n), "IPv4/IPv6 addresses or CIDR blocks") },
            _ => clause with { Binaries = Read(t => (IsBase64(t), t), "base64-encoded values") },
        };
    }

    private static bool IsBase64(string text)
    {
        Span<byte> buffer = stackalloc byte[256];
        return text.Length > 0 && (text.Length > 340 || Convert.TryFromBase64String(text, buffer, out _));
    }
}
