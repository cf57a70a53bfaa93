using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.IdentityStore;

/// <summary>CreateUser, DescribeUser, ListUsers (Filters on UserName), UpdateUser and DeleteUser.</summary>
internal sealed class UserOperations(IIdentityCenterStore store, InstanceDirectory instances)
{
    public IEnumerable<Operation> All() =>
    [
        IdentityStoreOperations.Op("CreateUser", Create),
        IdentityStoreOperations.Op("DescribeUser", Describe),
        IdentityStoreOperations.Op("ListUsers", List),
        IdentityStoreOperations.Op("UpdateUser", Update),
        IdentityStoreOperations.Op("DeleteUser", Delete),
    ];

    /// <summary>The one supported filter's value (`[{"AttributePath": path, "AttributeValue": v}]`), or null.</summary>
    public static string? Filter(JsonArgs args, string path)
    {
        var filters = args.Array("Filters");
        if (filters.Count == 0)
        {
            return null;
        }

        if (filters.Count > 1 || filters[0] is not JsonObject filter || filter["AttributePath"]?.GetValue<string>() != path)
        {
            throw IcErrors.Validation($"Filter is not supported: only one filter with AttributePath {path} is.");
        }

        return filter["AttributeValue"]?.GetValue<string>() ?? throw IcErrors.Missing("AttributeValue");
    }

    private JsonObject Create(OperationContext c)
    {
        var storeId = Store(c);
        var userName = c.Args.Required("UserName");
        if (userName.Length is 0 or > 128)
        {
            throw IcErrors.Validation("UserName must be between 1 and 128 characters.");
        }

        var name = c.Args.Structure("Name");
        var user = new StoreUser(IcIds.StoreMemberId(storeId), storeId, userName)
        {
            DisplayName = c.Args.Optional("DisplayName"),
            GivenName = name?["GivenName"]?.GetValue<string>(),
            FamilyName = name?["FamilyName"]?.GetValue<string>(),
            Emails = [.. c.Args.Array("Emails").OfType<JsonObject>().Select(Email)],
        };
        if (!store.TryAdd(user))
        {
            throw IcErrors.Conflict("Duplicate UserName");
        }

        return new JsonObject { ["UserId"] = user.Id, ["IdentityStoreId"] = storeId };
    }

    private JsonObject Describe(OperationContext c) => UserShapes.User(Find(c));

    private JsonObject List(OperationContext c)
    {
        var storeId = Store(c);
        var filter = Filter(c.Args, "UserName");
        IReadOnlyList<StoreUser> all = filter is null
            ? store.List<StoreUser>(storeId)
            : store.FindByName<StoreUser>(storeId, filter) is { } one ? [one] : [];
        var (page, next) = Paging.Take(all, u => u.Id, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var response = new JsonObject { ["Users"] = new JsonArray([.. page.Select(UserShapes.User)]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject Update(OperationContext c)
    {
        var user = Find(c);
        foreach (var operation in c.Args.Array("Operations").OfType<JsonObject>())
        {
            var path = operation["AttributePath"]?.GetValue<string>() ?? throw IcErrors.Missing("AttributePath");
            var value = operation["AttributeValue"]?.GetValue<string>();
            user = path switch
            {
                "userName" => user with { UserName = value ?? throw IcErrors.Validation("userName cannot be removed.") },
                "displayName" => user with { DisplayName = value },
                "name.givenName" => user with { GivenName = value },
                "name.familyName" => user with { FamilyName = value },
                _ => throw IcErrors.Validation($"Invalid AttributePath: {path}"),
            };
        }

        if (!store.Save(user))
        {
            throw IcErrors.Conflict("Duplicate UserName");
        }

        return [];
    }

    private JsonObject Delete(OperationContext c)
    {
        var user = Find(c);
        foreach (var membership in store.List<GroupMembership>(user.Scope).Where(m => m.UserId == user.Id))
        {
            store.Remove<GroupMembership>(membership.Id);
        }

        store.Remove<StoreUser>(user.Id);
        return [];
    }

    private StoreUser Find(OperationContext c)
    {
        var storeId = Store(c);
        var id = c.Args.Required("UserId");
        return store.Find<StoreUser>(id) is { } user && user.Scope == storeId ? user : throw IcErrors.NotFound($"USER not found: {id}");
    }

    private string Store(OperationContext c) => instances.RequireStore(c.Caller.AccountId, c.Args.Required("IdentityStoreId")).IdentityStoreId;

    private static StoreEmail Email(JsonObject e) => new(
        e["Value"]?.GetValue<string>() ?? throw IcErrors.Missing("Value"),
        e["Type"]?.GetValue<string>(),
        e["Primary"]?.GetValue<bool>() ?? false);
}
