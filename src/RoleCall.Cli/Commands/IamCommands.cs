using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>
/// `rolecall iam ...`: one command per IAM operation in the embedded model. The names are listed here so the
/// catalog can be built without loading the model (a test keeps this list and iam-model.txt in step).
/// </summary>
internal static class IamCommands
{
    internal static readonly (string Operation, string CliName)[] Operations =
    [
        ("CreateUser", "create-user"), ("GetUser", "get-user"), ("ListUsers", "list-users"), ("UpdateUser", "update-user"),
        ("DeleteUser", "delete-user"), ("TagUser", "tag-user"), ("UntagUser", "untag-user"), ("ListUserTags", "list-user-tags"),
        ("CreateGroup", "create-group"), ("GetGroup", "get-group"), ("ListGroups", "list-groups"), ("DeleteGroup", "delete-group"),
        ("AddUserToGroup", "add-user-to-group"), ("RemoveUserFromGroup", "remove-user-from-group"), ("ListGroupsForUser", "list-groups-for-user"),
        ("CreateAccessKey", "create-access-key"), ("ListAccessKeys", "list-access-keys"), ("UpdateAccessKey", "update-access-key"),
        ("DeleteAccessKey", "delete-access-key"), ("GetAccessKeyLastUsed", "get-access-key-last-used"),
        ("CreatePolicy", "create-policy"), ("GetPolicy", "get-policy"), ("ListPolicies", "list-policies"), ("DeletePolicy", "delete-policy"),
        ("CreatePolicyVersion", "create-policy-version"), ("GetPolicyVersion", "get-policy-version"), ("ListPolicyVersions", "list-policy-versions"),
        ("SetDefaultPolicyVersion", "set-default-policy-version"), ("DeletePolicyVersion", "delete-policy-version"),
        ("ListEntitiesForPolicy", "list-entities-for-policy"),
        ("AttachUserPolicy", "attach-user-policy"), ("DetachUserPolicy", "detach-user-policy"), ("ListAttachedUserPolicies", "list-attached-user-policies"),
        ("AttachGroupPolicy", "attach-group-policy"), ("DetachGroupPolicy", "detach-group-policy"), ("ListAttachedGroupPolicies", "list-attached-group-policies"),
        ("AttachRolePolicy", "attach-role-policy"), ("DetachRolePolicy", "detach-role-policy"), ("ListAttachedRolePolicies", "list-attached-role-policies"),
        ("PutUserPolicy", "put-user-policy"), ("GetUserPolicy", "get-user-policy"), ("ListUserPolicies", "list-user-policies"), ("DeleteUserPolicy", "delete-user-policy"),
        ("PutGroupPolicy", "put-group-policy"), ("GetGroupPolicy", "get-group-policy"), ("ListGroupPolicies", "list-group-policies"), ("DeleteGroupPolicy", "delete-group-policy"),
        ("PutRolePolicy", "put-role-policy"), ("GetRolePolicy", "get-role-policy"), ("ListRolePolicies", "list-role-policies"), ("DeleteRolePolicy", "delete-role-policy"),
        ("CreateRole", "create-role"), ("GetRole", "get-role"), ("ListRoles", "list-roles"), ("UpdateRole", "update-role"),
        ("UpdateRoleDescription", "update-role-description"), ("UpdateAssumeRolePolicy", "update-assume-role-policy"), ("DeleteRole", "delete-role"),
        ("TagRole", "tag-role"), ("UntagRole", "untag-role"), ("ListRoleTags", "list-role-tags"),
        ("PutRolePermissionsBoundary", "put-role-permissions-boundary"), ("DeleteRolePermissionsBoundary", "delete-role-permissions-boundary"),
        ("PutUserPermissionsBoundary", "put-user-permissions-boundary"), ("DeleteUserPermissionsBoundary", "delete-user-permissions-boundary"),
        ("CreateVirtualMFADevice", "create-virtual-mfa-device"), ("EnableMFADevice", "enable-mfa-device"), ("ListMFADevices", "list-mfa-devices"),
        ("ListVirtualMFADevices", "list-virtual-mfa-devices"), ("DeactivateMFADevice", "deactivate-mfa-device"),
        ("DeleteVirtualMFADevice", "delete-virtual-mfa-device"), ("ResyncMFADevice", "resync-mfa-device"),
        ("SimulateCustomPolicy", "simulate-custom-policy"), ("SimulatePrincipalPolicy", "simulate-principal-policy"),
        ("GetContextKeysForCustomPolicy", "get-context-keys-for-custom-policy"), ("GetContextKeysForPrincipalPolicy", "get-context-keys-for-principal-policy"),
        ("GetAccountSummary", "get-account-summary"),
        ("CreateLoginProfile", "create-login-profile"), ("GetLoginProfile", "get-login-profile"), ("UpdateLoginProfile", "update-login-profile"),
        ("DeleteLoginProfile", "delete-login-profile"), ("ChangePassword", "change-password"),
        ("GetAccountPasswordPolicy", "get-account-password-policy"), ("UpdateAccountPasswordPolicy", "update-account-password-policy"),
        ("DeleteAccountPasswordPolicy", "delete-account-password-policy"),
        ("CreateAccountAlias", "create-account-alias"), ("ListAccountAliases", "list-account-aliases"), ("DeleteAccountAlias", "delete-account-alias"),
    ];

    // A plain loop: LINQ's Select over a tuple array is compiled at run time, a cost every command would pay.
    public static IEnumerable<ICommand> All
    {
        get
        {
            var commands = new ICommand[Operations.Length];
            for (var i = 0; i < Operations.Length; i++)
            {
                commands[i] = new IamOperationCommand(Operations[i].Operation, Operations[i].CliName, CredentialServices.Default);
            }

            return commands;
        }
    }
}
