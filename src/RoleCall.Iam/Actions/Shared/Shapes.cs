using System.Runtime.CompilerServices;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>
/// The IAM API reference's data types as response trees, element order as in the reference (User, Group,
/// Role, Policy, PolicyVersion, AccessKeyMetadata, Tag, AttachedPermissionsBoundary).
/// </summary>
internal static class Shapes
{
    // Listing shapes per record instance: the store hands out the same immutable record while its row is
    // unchanged (a save bumps the row version, and a changed row yields a new record), so a page of 100 roles
    // reuses 100 built subtrees, and their rendered XML (ReusableResults), instead of re-encoding and
    // re-escaping 100 trust policies per request.
    private static readonly ConditionalWeakTable<IamRole, ResultStruct> ListedRoleShapes = new();
    private static readonly ConditionalWeakTable<IamUser, ResultStruct> ListedUsers = new();

    // A store that caches listing pages hands out the same page until an entity changes: its `Roles` list
    // is then one reusable node, copied into the response as a whole.
    private static readonly ConditionalWeakTable<Page<IamEntity>, ResultList> RolePages = new();

    public static ResultStruct ListedRole(IamRole role) =>
        ListedRoleShapes.GetValue(role, r => ReusableResults.Reuse(Role(r, detailed: false, name: "member")));

    /// <summary>`Roles` of a ListRoles page: the listed shape of each role, in page order.</summary>
    public static ResultList ListedRoles(Page<IamEntity> page) =>
        RolePages.GetValue(page, p => ReusableResults.Reuse(Result.List("Roles", p.Items.Cast<IamRole>().Select(ListedRole))));

    public static ResultStruct ListedUser(IamUser user) =>
        ListedUsers.GetValue(user, u => ReusableResults.Reuse(User(u, detailed: false, "member")));

    /// <summary>`User`; <paramref name="detailed"/> adds PermissionsBoundary and Tags as GetUser/CreateUser return them (ListUsers does not).</summary>
    public static ResultStruct User(IamUser user, bool detailed, string name = "User") => Result.Struct(name,
        Result.Text("Path", user.Path),
        Result.Text("UserName", user.Name),
        Result.Text("UserId", user.Id),
        Result.Text("Arn", user.Arn),
        Result.Date("CreateDate", user.CreateDate),
        detailed ? Boundary(user.PermissionsBoundaryArn) : null,
        detailed ? Tags(user.Tags) : null);

    public static ResultStruct Group(IamGroup group, string name = "Group") => Result.Struct(name,
        Result.Text("Path", group.Path),
        Result.Text("GroupName", group.Name),
        Result.Text("GroupId", group.Id),
        Result.Text("Arn", group.Arn),
        Result.Date("CreateDate", group.CreateDate));

    /// <summary>`Role`; <paramref name="detailed"/> adds PermissionsBoundary and Tags (CreateRole, GetRole), <paramref name="lastUsed"/> RoleLastUsed (GetRole).</summary>
    public static ResultStruct Role(IamRole role, bool detailed, bool lastUsed = false, string name = "Role") => Result.Struct(name,
        Result.Text("Path", role.Path),
        Result.Text("RoleName", role.Name),
        Result.Text("RoleId", role.Id),
        Result.Text("Arn", role.Arn),
        Result.Date("CreateDate", role.CreateDate),
        Result.Document("AssumeRolePolicyDocument", role.AssumeRolePolicyDocument),
        Result.OptionalText("Description", role.Description),
        Result.Number("MaxSessionDuration", role.MaxSessionDuration),
        detailed ? Boundary(role.PermissionsBoundaryArn) : null,
        detailed ? Tags(role.Tags) : null,
        lastUsed ? Result.Struct("RoleLastUsed", Result.OptionalDate("LastUsedDate", role.LastUsedDate), Result.OptionalText("Region", role.LastUsedRegion)) : null);

    /// <summary>`Policy`; GetPolicy shows Description and Tags, CreatePolicy only Tags, ListPolicies neither (as AWS).</summary>
    public static ResultStruct Policy(ManagedPolicy policy, PolicyUsage usage, bool withDescription, bool withTags, string name = "Policy") => Result.Struct(name,
        Result.Text("PolicyName", policy.Name),
        Result.Text("PolicyId", policy.PolicyId),
        Result.Text("Arn", policy.Arn),
        Result.Text("Path", policy.Path),
        Result.Text("DefaultVersionId", policy.DefaultVersionId),
        Result.Number("AttachmentCount", usage.Attachments),
        Result.Number("PermissionsBoundaryUsageCount", usage.Boundaries),
        Result.Bool("IsAttachable", true),
        withDescription ? Result.OptionalText("Description", policy.Description) : null,
        Result.Date("CreateDate", policy.CreateDate),
        Result.Date("UpdateDate", policy.UpdateDate),
        withTags ? Tags(policy.Tags) : null);

    public static ResultStruct PolicyVersion(ManagedPolicy policy, PolicyVersion version, bool withDocument, string name = "PolicyVersion") => Result.Struct(name,
        withDocument ? Result.Document("Document", version.Document) : null,
        Result.Text("VersionId", version.VersionId),
        Result.Bool("IsDefaultVersion", version.VersionId == policy.DefaultVersionId),
        Result.Date("CreateDate", version.CreateDate));

    public static ResultStruct AccessKeyMetadata(AccessKey key, string? userName) => Result.Struct("member",
        Result.OptionalText("UserName", userName),
        Result.Text("AccessKeyId", key.AccessKeyId),
        Result.Text("Status", Status(key.Active)),
        Result.Date("CreateDate", key.CreateDate));

    public static string Status(bool active) => active ? "Active" : "Inactive";

    /// <summary>`Tags` (omitted when there are none, as IAM omits it).</summary>
    public static ResultList? Tags(IReadOnlyList<Tag> tags) => tags.Count == 0 ? null : TagList(tags);

    public static ResultList TagList(IReadOnlyList<Tag> tags) =>
        Result.List("Tags", tags.Select(t => Result.Struct("member", Result.Text("Key", t.Key), Result.Text("Value", t.Value))));

    public static ResultStruct? Boundary(string? arn) => arn is null ? null : Result.Struct("PermissionsBoundary",
        Result.Text("PermissionsBoundaryType", "Policy"),
        Result.Text("PermissionsBoundaryArn", arn));
}
