using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sts.Credentials;

namespace RoleCall.Iam.Federation;

/// <summary>
/// The IAM side of Identity Center: the protected `AWSReservedSSO_*` roles it provisions under
/// <see cref="Path"/>, and the sessions of those roles the access portal hands out (AWS issues them
/// through AssumeRoleWithSAML; here the portal's bearer token already proved who the user is). IAM's own
/// actions refuse to change these roles (<see cref="IsProtected"/>).
/// </summary>
public sealed class ReservedRoles(IamRuntime runtime, WriteGate writeGate)
{
    public const string Path = "/aws-reserved/sso.amazonaws.com/";

    /// <summary>True for an ARN of a role Identity Center owns.</summary>
    public static bool IsProtected(string arn) =>
        arn.Contains(":role" + Path, StringComparison.Ordinal);

    public static AwsServiceException Unmodifiable(string arn) => new(
        "UnmodifiableEntity",
        $"Cannot perform the operation on the protected role '{arn[(arn.LastIndexOf('/') + 1)..]}' - this role is only modifiable by AWS",
        400);

    /// <summary>Creates the role in the account, or replaces its trust and policies; returns its ARN.</summary>
    public string Provision(string accountId, ReservedRoleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using (writeGate.Enter())
        {
            var store = runtime.Store;
            _ = store.FindAccount(accountId) ?? throw AwsServiceException.Validation($"Account {accountId} is not an account of this organization.");
            var inline = spec.InlinePolicy is null ? [] : new[] { new InlinePolicy("AwsSSOInlinePolicy", spec.InlinePolicy) };
            if (store.FindEntity(accountId, EntityKind.Role, spec.Name) is IamRole existing)
            {
                store.SaveEntity(existing with
                {
                    AssumeRolePolicyDocument = spec.TrustPolicy,
                    AttachedPolicyArns = spec.ManagedPolicyArns,
                    InlinePolicies = inline,
                    MaxSessionDuration = spec.MaxSessionDuration,
                });
                return existing.Arn;
            }

            var role = new IamRole(accountId, IamIds.UniqueId(IamIds.RolePrefix), spec.Name, Path, runtime.Clock.GetUtcNow(), spec.TrustPolicy)
            {
                AttachedPolicyArns = spec.ManagedPolicyArns,
                InlinePolicies = inline,
                MaxSessionDuration = spec.MaxSessionDuration,
                Description = "Identity Center reserved role",
            };
            store.TryAddEntity(role);
            return role.Arn;
        }
    }

    /// <summary>Deletes the role when it exists (its permission set is no longer provisioned there).</summary>
    public void Remove(string accountId, string roleName)
    {
        using (writeGate.Enter())
        {
            if (runtime.Store.FindEntity(accountId, EntityKind.Role, roleName) is IamRole role && IsProtected(role.Arn))
            {
                runtime.Store.DeleteEntity(role.Id);
            }
        }
    }

    /// <summary>
    /// A session of the role for <paramref name="sessionName"/> (the user name), as AssumeRoleWithSAML issues it;
    /// with <paramref name="pending"/>, its insert is queued there and the caller answers once it committed.
    /// </summary>
    public IssuedRoleCredentials IssueSession(string accountId, string roleName, string sessionName, TimeSpan duration, PendingWrites? pending = null)
    {
        var role = runtime.Store.FindEntity(accountId, EntityKind.Role, roleName) as IamRole
            ?? throw AwsServiceException.NoSuchEntity($"The role with name {roleName} cannot be found.");
        var now = runtime.Clock.GetUtcNow();
        var session = new SessionContext(now, now + duration, MultiFactorAuthPresent: false, RoleArn: role.Arn, IssuedBy: "sso.amazonaws.com");
        var arn = $"arn:aws:sts::{accountId}:assumed-role/{role.Name}/{sessionName}";
        var credentials = TemporaryCredentialFactory.Issue(accountId, session.Expiration);
        var caller = new Caller(PrincipalKind.AssumedRole, accountId, arn, $"{role.Id}:{sessionName}", credentials.AccessKeyId, session);
        PendingWrites.AddSession(runtime.Store, new TemporarySession(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, caller), pending);
        return new IssuedRoleCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.Expiration);
    }
}
