using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>The Resource and Principal halves of <see cref="StatementCompiler"/>, whose rules depend on the policy kind.</summary>
internal static partial class StatementCompiler
{
    private static MatchList? ReadResources(JsonNode node, Dictionary<string, JsonMember> fields, string path, ParseScope scope, ref bool ok)
    {
        if (scope.Kind == PolicyKind.Trust)
        {
            // The role is the resource of a trust policy.
            foreach (var name in new[] { "Resource", "NotResource" })
            {
                if (fields.TryGetValue(name, out var prohibited))
                {
                    scope.Problems.Error(PolicyMessages.ProhibitedField(name), $"{path}.{name}", prohibited.KeyPosition, "trust policies apply to the role itself; remove the element");
                    ok = false;
                }
            }

            return null;
        }

        var (member, negated, conflict) = OneOf(fields, "Resource", "NotResource", path, scope, ref ok);
        if (member is null)
        {
            // Other services' resource policies may leave the resource implicit; IAM's own kinds may not.
            if (scope.Kind != PolicyKind.Resource && !conflict)
            {
                scope.Problems.Error(PolicyMessages.MustContainResources, path, node.Start, "add \"Resource\": \"*\" or the ARNs the statement covers");
                ok = false;
            }

            return null;
        }

        var elementPath = $"{path}.{member.Key}";
        if (scope.Strings(member.Value, elementPath) is not { } values || values.Count == 0)
        {
            if (member.Value.Kind == JsonKind.Array && member.Value.Items.Count == 0)
            {
                scope.Problems.Error(PolicyMessages.MustContainResources, elementPath, member.Value.Start, "list at least one resource ARN or \"*\"");
            }

            ok = false;
            return null;
        }

        var patterns = new List<Pattern>(values.Count);
        foreach (var (text, valueNode, valuePath) in values)
        {
            if (text != "*" && (!text.StartsWith("arn:", StringComparison.Ordinal) || text.Count(c => c == ':') < 5))
            {
                scope.Problems.Error(PolicyMessages.InvalidResource(text), valuePath, valueNode.Start,
                    "resources are ARNs, e.g. \"arn:aws:s3:::bucket/*\", or \"*\"");
                ok = false;
            }

            patterns.Add(PatternCompiler.Compile(text, wildcards: true, scope.Variables));
        }

        return new MatchList([.. patterns], negated, ignoreCase: false);
    }

    private static PrincipalSet? ReadPrincipals(JsonNode node, Dictionary<string, JsonMember> fields, string path, ParseScope scope, ref bool ok)
    {
        fields.TryGetValue("Principal", out var principal);
        fields.TryGetValue("NotPrincipal", out var notPrincipal);
        if (!scope.IsResourceBased)
        {
            if (principal is not null || notPrincipal is not null)
            {
                scope.Problems.Error(PolicyMessages.ShouldNotSpecifyPrincipal, $"{path}.{(principal ?? notPrincipal)!.Key}", (principal ?? notPrincipal)!.KeyPosition,
                    "identity, session and boundary policies apply to whoever they are attached to; remove the element");
                ok = false;
            }

            return null;
        }

        if (scope.Kind == PolicyKind.Trust && notPrincipal is not null)
        {
            scope.Problems.Error(PolicyMessages.ProhibitedField("NotPrincipal"), $"{path}.NotPrincipal", notPrincipal.KeyPosition, "name the principals allowed to assume the role in \"Principal\"");
            ok = false;
            return null;
        }

        var (member, negated, conflict) = OneOf(fields, "Principal", "NotPrincipal", path, scope, ref ok);
        if (member is null)
        {
            if (!conflict)
            {
                scope.Problems.Error(PolicyMessages.MissingPrincipal, path, node.Start, "add \"Principal\", e.g. {\"AWS\": \"arn:aws:iam::123456789012:root\"} or {\"Service\": \"ec2.amazonaws.com\"}");
            }

            ok = false;
            return null;
        }

        var set = PrincipalCompiler.Compile(member.Value, $"{path}.{member.Key}", negated, scope);
        ok &= set is not null;
        return set;
    }

    /// <summary>Exactly one of an element and its Not* form, or (null, false) when neither is present.</summary>
    private static (JsonMember? Member, bool Negated, bool Conflict) OneOf(Dictionary<string, JsonMember> fields, string name, string notName, string path, ParseScope scope, ref bool ok)
    {
        var has = fields.TryGetValue(name, out var plain);
        var hasNot = fields.TryGetValue(notName, out var not);
        if (has && hasNot)
        {
            scope.Problems.Error(PolicyMessages.SyntaxErrors, $"{path}.{notName}", not!.KeyPosition, $"a statement has {name} or {notName}, not both");
            ok = false;
            return (null, false, true);
        }

        return has ? (plain, false, false) : hasNot ? (not, true, false) : (null, false, false);
    }
}
