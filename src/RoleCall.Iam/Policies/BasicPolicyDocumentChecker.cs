using System.Text.Json;
using RoleCall.Core.Errors;

namespace RoleCall.Iam.Policies;

/// <summary>
/// A JSON and basic grammar check of policy documents, with IAM's messages: valid JSON, allowed characters,
/// a known Version, Statement present, Effect Allow/Deny, Action or NotAction with vendor prefixes, and per
/// kind Resource vs Principal. Stands in until the policy engine's full parser is wired in.
/// </summary>
internal sealed class BasicPolicyDocumentChecker : IPolicyDocumentChecker
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public void Check(string document, PolicyDocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Any(c => c is not ('\t' or '\n' or '\r') && (c < '\u0020' || c > '\u00FF')))
        {
            throw Malformed("Syntax errors in policy.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document, Options);
        }
        catch (JsonException)
        {
            throw Malformed("Syntax errors in policy.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("Syntax errors in policy.");
            }

            if (root.TryGetProperty("Version", out var version)
                && version.GetString() is not ("2012-10-17" or "2008-10-17"))
            {
                throw Malformed("The policy failed legacy parsing");
            }

            if (!root.TryGetProperty("Statement", out var statements))
            {
                throw Malformed("Syntax errors in policy.");
            }

            var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
            foreach (var statement in list)
            {
                CheckStatement(statement, kind);
            }
        }
    }

    private static void CheckStatement(JsonElement statement, PolicyDocumentKind kind)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            throw Malformed("Syntax errors in policy.");
        }

        if (!statement.TryGetProperty("Effect", out var effect) || effect.ValueKind != JsonValueKind.String
            || effect.GetString() is not ("Allow" or "Deny"))
        {
            throw Malformed("Syntax errors in policy.");
        }

        var hasAction = statement.TryGetProperty("Action", out var action);
        var hasNotAction = statement.TryGetProperty("NotAction", out var notAction);
        if (hasAction == hasNotAction)
        {
            throw Malformed("Policy statement must contain actions.");
        }

        CheckActions(hasAction ? action : notAction);
        var hasResource = statement.TryGetProperty("Resource", out _) || statement.TryGetProperty("NotResource", out _);
        var hasPrincipal = statement.TryGetProperty("Principal", out _) || statement.TryGetProperty("NotPrincipal", out _);
        if (kind == PolicyDocumentKind.Identity)
        {
            if (hasPrincipal)
            {
                throw Malformed("Policy document should not specify a principal.");
            }

            if (!hasResource)
            {
                throw Malformed("Policy statement must contain resources.");
            }
        }
        else
        {
            if (statement.TryGetProperty("Resource", out _))
            {
                throw Malformed("Has prohibited field Resource");
            }

            if (!hasPrincipal)
            {
                throw Malformed("Missing required field Principal");
            }
        }
    }

    private static void CheckActions(JsonElement actions)
    {
        var items = actions.ValueKind == JsonValueKind.Array ? actions.EnumerateArray().ToList() : [actions];
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Malformed("Syntax errors in policy.");
            }

            var text = item.GetString()!;
            if (text != "*" && (text.IndexOf(':', StringComparison.Ordinal) <= 0))
            {
                throw Malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
            }
        }
    }

    private static AwsServiceException Malformed(string message) => AwsServiceException.MalformedPolicy(message);
}
