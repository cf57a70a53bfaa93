using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.IdentityStore;

/// <summary>
/// `identitystore` (JSON 1.1, target prefix AWSIdentityStore): users, groups and memberships of the
/// instance's identity store. Every operation is authorized as `identitystore:&lt;Operation&gt;` on the
/// store's ARN. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/
/// </summary>
public sealed class IdentityStoreOperations(IIdentityCenterStore store, InstanceDirectory instances)
{
    public const string TargetPrefix = "AWSIdentityStore";

    private readonly UserOperations users = new(store, instances);

    public IEnumerable<Operation> All()
    {
        foreach (var operation in users.All())
        {
            yield return operation;
        }

        yield return Op("CreateGroup", CreateGroup);
        yield return Op("ListGroups", ListGroups);
        yield return Op("DeleteGroup", DeleteGroup);
        yield return Op("CreateGroupMembership", CreateMembership);
        yield return Op("ListGroupMemberships", ListMemberships);
        yield return Op("DeleteGroupMembership", DeleteMembership);
    }

    /// <summary>`arn:aws:identitystore::ACCOUNT:identitystore/d-...` (Service Authorization Reference).</summary>
    internal static string StoreArn(OperationContext c) =>
        $"arn:aws:identitystore::{c.Caller.AccountId}:identitystore/{c.Args.Optional("IdentityStoreId") ?? "*"}";

    internal static Operation Op(string name, Func<OperationContext, JsonObject> run) =>
        new(name, "identitystore:" + name, StoreArn, run);

    private JsonObject CreateGroup(OperationContext c)
    {
        var storeId = Store(c);
        var name = c.Args.Required("DisplayName");
        var group = new StoreGroup(IcIds.StoreMemberId(storeId), storeId, name, c.Args.Optional("Description"));
        if (!store.TryAdd(group))
        {
            throw IcErrors.Conflict("Duplicate GroupDisplayName");
        }

        return new JsonObject { ["GroupId"] = group.Id, ["IdentityStoreId"] = storeId };
    }

    private JsonObject ListGroups(OperationContext c)
    {
        var storeId = Store(c);
        var filter = UserOperations.Filter(c.Args, "DisplayName");
        IReadOnlyList<StoreGroup> all = filter is null
            ? store.List<StoreGroup>(storeId)
            : store.FindByName<StoreGroup>(storeId, filter) is { } one ? [one] : [];
        var (page, next) = Paging.Take(all, g => g.Id, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var response = new JsonObject { ["Groups"] = new JsonArray([.. page.Select(UserShapes.Group)]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject DeleteGroup(OperationContext c)
    {
        var storeId = Store(c);
        var id = c.Args.Required("GroupId");
        var group = store.Find<StoreGroup>(id);
        if (group is null || group.Scope != storeId)
        {
            throw IcErrors.NotFound($"GROUP not found: {id}");
        }

        foreach (var membership in store.List<GroupMembership>(storeId).Where(m => m.GroupId == id))
        {
            store.Remove<GroupMembership>(membership.Id);
        }

        store.Remove<StoreGroup>(id);
        return [];
    }

    private JsonObject CreateMembership(OperationContext c)
    {
        var storeId = Store(c);
        var groupId = c.Args.Required("GroupId");
        var userId = c.Args.Structure("MemberId")?["UserId"]?.GetValue<string>() ?? throw IcErrors.Missing("MemberId");
        if (store.Find<StoreGroup>(groupId) is not { } group || group.Scope != storeId)
        {
            throw IcErrors.NotFound($"GROUP not found: {groupId}");
        }

        if (store.Find<StoreUser>(userId) is not { } user || user.Scope != storeId)
        {
            throw IcErrors.NotFound($"USER not found: {userId}");
        }

        var membership = new GroupMembership(IcIds.StoreMemberId(storeId), storeId, groupId, userId);
        if (!store.TryAdd(membership))
        {
            throw IcErrors.Conflict("Member is already in the group");
        }

        return new JsonObject { ["MembershipId"] = membership.Id, ["IdentityStoreId"] = storeId };
    }

    private JsonObject ListMemberships(OperationContext c)
    {
        var storeId = Store(c);
        var groupId = c.Args.Required("GroupId");
        var all = store.List<GroupMembership>(storeId).Where(m => m.GroupId == groupId).ToList();
        var (page, next) = Paging.Take(all, m => m.Id, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var response = new JsonObject { ["GroupMemberships"] = new JsonArray([.. page.Select(UserShapes.Membership)]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject DeleteMembership(OperationContext c)
    {
        var storeId = Store(c);
        var id = c.Args.Required("MembershipId");
        if (store.Find<GroupMembership>(id) is not { } membership || membership.Scope != storeId)
        {
            throw IcErrors.NotFound($"GROUP_MEMBERSHIP not found: {id}");
        }

        store.Remove<GroupMembership>(id);
        return [];
    }

    private string Store(OperationContext c) => instances.RequireStore(c.Caller.AccountId, c.Args.Required("IdentityStoreId")).IdentityStoreId;
}
