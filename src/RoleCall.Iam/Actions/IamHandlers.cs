using RoleCall.Iam.Actions.AccessKeys;
using RoleCall.Iam.Actions.Account;
using RoleCall.Iam.Actions.Attached;
using RoleCall.Iam.Actions.Boundaries;
using RoleCall.Iam.Actions.ConsoleAccess;
using RoleCall.Iam.Actions.Groups;
using RoleCall.Iam.Actions.Inline;
using RoleCall.Iam.Actions.Mfa;
using RoleCall.Iam.Actions.Policies;
using RoleCall.Iam.Actions.Roles;
using RoleCall.Iam.Actions.Tags;
using RoleCall.Iam.Actions.Users;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Actions;

/// <summary>Every IAM action this service implements: one handler per action; per-kind handlers appear once per kind.</summary>
internal static class IamHandlers
{
    private static readonly EntityKind[] PolicyHolders = [EntityKind.User, EntityKind.Group, EntityKind.Role];
    private static readonly EntityKind[] Taggable = [EntityKind.User, EntityKind.Role];

    public static IEnumerable<IActionHandler> All() =>
    [
        new CreateUser(), new GetUser(), new ListUsers(), new UpdateUser(), new DeleteUser(),
        new CreateGroup(), new GetGroup(), new ListGroups(), new DeleteGroup(),
        new AddUserToGroup(), new RemoveUserFromGroup(), new ListGroupsForUser(),
        new CreateAccessKey(), new ListAccessKeys(), new UpdateAccessKey(), new DeleteAccessKey(), new GetAccessKeyLastUsed(),
        new CreatePolicy(), new GetPolicy(), new ListPolicies(), new DeletePolicy(),
        new CreatePolicyVersion(), new GetPolicyVersion(), new ListPolicyVersions(), new SetDefaultPolicyVersion(), new DeletePolicyVersion(),
        new ListEntitiesForPolicy(),
        new CreateRole(), new GetRole(), new ListRoles(), new UpdateRole(), new UpdateRoleDescription(), new UpdateAssumeRolePolicy(), new DeleteRole(),
        new CreateVirtualMfaDevice(), new EnableMfaDevice(), new ResyncMfaDevice(), new DeactivateMfaDevice(), new DeleteVirtualMfaDevice(),
        new ListMfaDevices(), new ListVirtualMfaDevices(),
        new GetAccountSummary(),
        new CreateLoginProfile(), new GetLoginProfile(), new UpdateLoginProfile(), new DeleteLoginProfile(), new ChangePassword(),
        new GetAccountPasswordPolicy(), new UpdateAccountPasswordPolicy(), new DeleteAccountPasswordPolicy(),
        new CreateAccountAlias(), new ListAccountAliases(), new DeleteAccountAlias(),
        .. PolicyHolders.SelectMany(PerHolder),
        .. Taggable.SelectMany(PerTaggable),
    ];

    private static IEnumerable<IActionHandler> PerHolder(EntityKind kind) =>
    [
        new AttachPolicy(kind), new DetachPolicy(kind), new ListAttachedPolicies(kind),
        new PutInlinePolicy(kind), new GetInlinePolicy(kind), new ListInlinePolicies(kind), new DeleteInlinePolicy(kind),
    ];

    private static IEnumerable<IActionHandler> PerTaggable(EntityKind kind) =>
    [
        new TagEntity(kind), new UntagEntity(kind), new ListEntityTags(kind),
        new PutPermissionsBoundary(kind), new DeletePermissionsBoundary(kind),
    ];
}
