using System.Text.RegularExpressions;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// Reads a Principal/NotPrincipal element: `"*"`, or an object of AWS/Service/Federated/CanonicalUser
/// values. AWS values are `*`, account IDs, root/user/role/assumed-role/federated-user ARNs or unique IDs;
/// partial wildcards are invalid.
/// </summary>
internal static partial class PrincipalCompiler
{
    public static PrincipalSet? Compile(JsonNode node, string path, bool negated, ParseScope scope)
    {
        var set = new PrincipalSet { Negated = negated };
        if (node.Kind == JsonKind.String && node.Text == "*")
        {
            set.Everyone = true;
            return set;
        }

        if (node.Kind != JsonKind.Object || node.Members.Count == 0)
        {
            scope.Problems.Error(PolicyMessages.InvalidPrincipal("AWS", node.Text), path, node.Start,
                "write \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}");
            return null;
        }

        scope.CheckDuplicates(node, path);
        var ok = true;
        foreach (var member in node.Members)
        {
            var memberPath = $"{path}.{member.Key}";
            if (scope.Strings(member.Value, memberPath) is not { } values)
            {
                ok = false;
                continue;
            }

            foreach (var (text, valueNode, valuePath) in values)
            {
                ok &= Add(set, member.Key, text, valueNode, valuePath, scope);
            }
        }

        return ok ? set : null;
    }

    private static bool Add(PrincipalSet set, string type, string value, JsonNode node, string path, ParseScope scope)
    {
        bool Invalid(string hint)
        {
            scope.Problems.Error(PolicyMessages.InvalidPrincipal(type, value), path, node.Start, hint);
            return false;
        }

        switch (type)
        {
            case "AWS" when value == "*":
                set.AnyAws = true;
                return true;
            case "AWS" when AccountId().IsMatch(value):
                set.Accounts.Add(value);
                return true;
            case "AWS" when value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal):
                return Invalid("principals cannot use partial wildcards; name the ARN exactly or use \"*\" with a condition on aws:PrincipalArn");
            case "AWS" when RootArn().Match(value) is { Success: true } root:
                set.Accounts.Add(root.Groups[1].Value);
                return true;
            case "AWS" when PrincipalArn().IsMatch(value):
                set.Arns.Add(value);
                return true;
            case "AWS" when UniqueId().IsMatch(value):
                set.UniqueIds.Add(value);
                return true;
            case "AWS":
                return Invalid("expected an account ID, an IAM user/role ARN, an assumed-role or federated-user ARN, or \"*\"");
            case "Service" when value.Length > 0 && !value.Contains(' ', StringComparison.Ordinal):
                set.Services.Add(value);
                return true;
            case "Federated" when value.Length > 0:
                set.Federated.Add(value);
                return true;
            case "CanonicalUser" when value.Length > 0:
                set.CanonicalUsers.Add(value);
                return true;
            case "Service" or "Federated" or "CanonicalUser":
                return Invalid("the value must not be empty");
            default:
                return Invalid("principal types are AWS, Service, Federated and CanonicalUser");
        }
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex("^arn:aws[a-z-]*:iam::([0-9]{12}):root$")]
    private static partial Regex RootArn();

    [GeneratedRegex("^arn:aws[a-z-]*:(iam::[0-9]{12}:(user|role)/|sts::[0-9]{12}:(assumed-role|federated-user)/).+$")]
    private static partial Regex PrincipalArn();

    [GeneratedRegex("^A[A-Z0-9]{3}[A-Z0-9]{12,}$")]
    private static partial Regex UniqueId();
}
