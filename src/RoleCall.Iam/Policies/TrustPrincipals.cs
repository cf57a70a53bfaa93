using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Core.Errors;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Policies;

/// <summary>
/// IAM user and role principals in a trust policy, as AWS treats them (issue 16, item 2):
/// <list type="bullet">
/// <item>when the policy is saved, an `arn:aws:iam::ACCOUNT:user/...` or `role/...` principal of an account this
/// service knows must exist, else MalformedPolicyDocument `Invalid principal in policy: "AWS":"ARN"`;</item>
/// <item>when such a principal is deleted, every trust policy naming it shows its unique ID (`AIDA...`,
/// `AROA...`) instead, so a new entity with the same name does not inherit the trust.</item>
/// </list>
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
/// </summary>
internal static class TrustPrincipals
{
    /// <summary>Throws MalformedPolicyDocument for the first user or role principal of a known account that does not exist.</summary>
    public static void RequireExisting(IIamStore store, string document)
    {
        foreach (var arn in AwsPrincipals(JsonNode.Parse(document)).Select(v => v.GetValue<string>()))
        {
            if (EntityArn(arn) is { } target && store.FindAccount(target.Account) is not null
                && store.FindEntity(target.Account, target.Kind, target.Name)?.Arn != arn)
            {
                throw AwsServiceException.MalformedPolicy($"Invalid principal in policy: \"AWS\":\"{arn}\"");
            }
        }
    }

    /// <summary>Replaces <paramref name="deleted"/>'s ARN by its unique ID in every role's trust policy, in every account.</summary>
    public static void ForgetDeleted(IIamStore store, IamEntity deleted)
    {
        foreach (var account in store.ListAccounts())
        {
            foreach (var role in store.ListEntities(account.AccountId, EntityKind.Role, "/", PageRequest.All).Items.OfType<IamRole>())
            {
                var root = JsonNode.Parse(role.AssumeRolePolicyDocument);
                var changed = false;
                foreach (var value in AwsPrincipals(root).Where(v => v.GetValue<string>() == deleted.Arn).ToList())
                {
                    value.ReplaceWith(deleted.Id);
                    changed = true;
                }

                if (changed && role.Id != deleted.Id)
                {
                    store.SaveEntity(role with { AssumeRolePolicyDocument = root!.ToJsonString() });
                }
            }
        }
    }

    /// <summary>The string values under Principal.AWS and NotPrincipal.AWS of every statement.</summary>
    private static IEnumerable<JsonValue> AwsPrincipals(JsonNode? policy)
    {
        var statements = policy?["Statement"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject single => [single],
            _ => [],
        };
        foreach (var statement in statements)
        {
            foreach (var element in new[] { "Principal", "NotPrincipal" })
            {
                var aws = (statement[element] as JsonObject)?["AWS"];
                var values = aws is JsonArray list ? list.OfType<JsonValue>() : aws is JsonValue one ? [one] : [];
                foreach (var value in values.Where(v => v.GetValueKind() == JsonValueKind.String))
                {
                    yield return value;
                }
            }
        }
    }

    private static (string Account, EntityKind Kind, string Name)? EntityArn(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[3].Length != 0)
        {
            return null;
        }

        var kind = parts[5].StartsWith("user/", StringComparison.Ordinal) ? EntityKind.User
            : parts[5].StartsWith("role/", StringComparison.Ordinal) ? EntityKind.Role : (EntityKind?)null;
        return kind is null ? null : (parts[4], kind.Value, parts[5][(parts[5].LastIndexOf('/') + 1)..]);
    }
}
