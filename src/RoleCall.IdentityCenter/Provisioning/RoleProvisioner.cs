using System.Security.Cryptography;
using System.Text;
using RoleCall.IdentityCenter.Admin;
using RoleCall.IdentityCenter.Model;
using RoleCall.Iam.Federation;

namespace RoleCall.IdentityCenter.Provisioning;

/// <summary>
/// Turns a permission set into its IAM role in an account: `AWSReservedSSO_&lt;Name&gt;_&lt;16 hex&gt;` under
/// `/aws-reserved/sso.amazonaws.com/`, holding the set's policies, trusted only through the account's
/// `AWSSSO_&lt;hex&gt;_DO_NOT_DELETE` SAML provider. https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
/// </summary>
public sealed class RoleProvisioner(ReservedRoles roles)
{
    /// <summary>The role's name: stable for one permission set in one account.</summary>
    public static string RoleName(PermissionSet set, string accountId)
    {
        ArgumentNullException.ThrowIfNull(set);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{set.Arn}|{accountId}")));
        return $"AWSReservedSSO_{set.Name}_{hash[..16]}";
    }

    public void Provision(IcInstance instance, PermissionSet set, string accountId)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(set);
        var seconds = (int)PermissionSetShapes.Parse(set.SessionDuration).TotalSeconds;
        var provider = $"arn:aws:iam::{accountId}:saml-provider/AWSSSO_{instance.SamlProviderSuffix}_DO_NOT_DELETE";
        var trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"" + provider
            + "\"},\"Action\":[\"sts:AssumeRoleWithSAML\",\"sts:TagSession\"],\"Condition\":{\"StringEquals\":{\"SAML:aud\":\"https://signin.aws.amazon.com/saml\"}}}]}";
        roles.Provision(accountId, new ReservedRoleSpec(RoleName(set, accountId), trust, set.ManagedPolicyArns, set.InlinePolicy, seconds));
    }

    public void Deprovision(PermissionSet set, string accountId) => roles.Remove(accountId, RoleName(set, accountId));
}
