using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Admin;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Provisioning;
using RoleCall.IdentityCenter.Store;
using RoleCall.Iam;
using RoleCall.Iam.Federation;

namespace RoleCall.IdentityCenter.Portal;

/// <summary>
/// The access portal's API for a bearer token (`x-amz-sso_bearer_token`): the accounts and permission sets
/// assigned to the token's user (directly or through a group), the credentials of one of them (a real
/// session of the provisioned AWSReservedSSO role, lasting the set's session duration), and logout.
/// </summary>
public sealed class PortalService(IIdentityCenterStore store, InstanceDirectory instances, IamService iam, TimeProvider clock)
{
    /// <summary>The token's user; UnauthorizedException when the token is unknown, revoked or expired.</summary>
    public StoreUser Authenticate(string? bearer) =>
        store.Find<StoreUser>(ValidToken(bearer).UserId) ?? throw PortalErrors.Unauthorized();

    /// <summary>The (account, permission set) pairs assigned to the user, ordered by account then set name.</summary>
    public IReadOnlyList<(string AccountId, PermissionSet Set)> Assignments(StoreUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var instance = instances.Instance;
        var groups = store.List<GroupMembership>(user.Scope).Where(m => m.UserId == user.Id).Select(m => m.GroupId).ToHashSet(StringComparer.Ordinal);
        return [.. store.List<AccountAssignment>(instance.InstanceArn)
            .Where(a => (a.PrincipalType == "USER" && a.PrincipalId == user.Id) || (a.PrincipalType == "GROUP" && groups.Contains(a.PrincipalId)))
            .Select(a => (a.AccountId, Set: store.Find<PermissionSet>(a.PermissionSetArn)))
            .Where(p => p.Set is not null)
            .Select(p => (p.AccountId, p.Set!))
            .DistinctBy(p => (p.AccountId, p.Item2.Arn))
            .OrderBy(p => p.AccountId, StringComparer.Ordinal).ThenBy(p => p.Item2.Name, StringComparer.Ordinal)];
    }

    public JsonObject ListAccounts(StoreUser user)
    {
        var accounts = new JsonArray();
        foreach (var accountId in Assignments(user).Select(a => a.AccountId).Distinct())
        {
            accounts.Add(new JsonObject { ["accountId"] = accountId, ["accountName"] = AccountName(accountId), ["emailAddress"] = Email(accountId) });
        }

        return new JsonObject { ["accountList"] = accounts };
    }

    public JsonObject ListAccountRoles(StoreUser user, string? accountId)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            throw PortalErrors.Invalid("account_id is required");
        }

        var roles = new JsonArray();
        foreach (var (_, set) in Assignments(user).Where(a => a.AccountId == accountId))
        {
            roles.Add(new JsonObject { ["roleName"] = set.Name, ["accountId"] = accountId });
        }

        return new JsonObject { ["roleList"] = roles };
    }

    /// <summary>The API's GetRoleCredentials; with <paramref name="pending"/>, answer only once it completed (<see cref="PendingWrites"/>).</summary>
    public JsonObject GetRoleCredentials(StoreUser user, string? roleName, string? accountId, PendingWrites? pending = null)
    {
        var credentials = RoleCredentials(user, roleName, accountId, pending);
        return new JsonObject
        {
            ["roleCredentials"] = new JsonObject
            {
                ["accessKeyId"] = credentials.AccessKeyId,
                ["secretAccessKey"] = credentials.SecretAccessKey,
                ["sessionToken"] = credentials.SessionToken,
                ["expiration"] = credentials.Expiration.ToUnixTimeMilliseconds(),
            },
        };
    }

    /// <summary>
    /// A new session of the AWSReservedSSO role of a permission set assigned to the user in the account (the
    /// API's GetRoleCredentials and the portal page's "Access keys" and "Management console" share it);
    /// ForbiddenException "No access" when the set is not assigned to the user there.
    /// </summary>
    public IssuedRoleCredentials RoleCredentials(StoreUser user, string? roleName, string? accountId, PendingWrites? pending = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(roleName) || string.IsNullOrEmpty(accountId))
        {
            throw PortalErrors.Invalid("role_name and account_id are required");
        }

        var set = Assignments(user).Where(a => a.AccountId == accountId && a.Set.Name == roleName).Select(a => a.Set).FirstOrDefault()
            ?? throw PortalErrors.NoAccess();
        var duration = PermissionSetShapes.Parse(set.SessionDuration);
        return iam.ReservedRoles.IssueSession(accountId, RoleProvisioner.RoleName(set, accountId), user.UserName, duration, pending);
    }

    /// <summary>Revokes the access token (POST /logout); a token already invalid is UnauthorizedException.</summary>
    public void Logout(string? bearer) => store.Save(ValidToken(bearer) with { Revoked = true });

    /// <summary>The access token itself: unknown, revoked, expired or a refresh token is UnauthorizedException.</summary>
    private PortalToken ValidToken(string? bearer)
    {
        var token = string.IsNullOrEmpty(bearer) ? null : store.Find<PortalToken>(IcIds.Hash(bearer));
        return token is { Kind: PortalToken.Access, Revoked: false } && token.ExpiresAt > clock.GetUtcNow()
            ? token
            : throw PortalErrors.Unauthorized();
    }

    /// <summary>The account's alias when it has one, else its ID (serve's accounts have no names).</summary>
    public string AccountName(string accountId) =>
        iam.Runtime.Store.FindAccount(accountId)?.Aliases is [var alias, ..] ? alias : accountId;

    public static string Email(string accountId) => $"aws+{accountId}@rolecall.invalid";
}
