using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Model;

namespace RoleCall.IdentityCenter.IdentityStore;

/// <summary>Identity-store users and groups as DescribeUser/ListUsers and ListGroups render them.</summary>
internal static class UserShapes
{
    public static JsonObject User(StoreUser user)
    {
        var json = new JsonObject { ["UserName"] = user.UserName, ["UserId"] = user.Id };
        if (user.GivenName is not null || user.FamilyName is not null)
        {
            var name = new JsonObject();
            Add(name, "GivenName", user.GivenName);
            Add(name, "FamilyName", user.FamilyName);
            json["Name"] = name;
        }

        Add(json, "DisplayName", user.DisplayName);
        if (user.Emails.Count > 0)
        {
            var emails = new JsonArray();
            foreach (var email in user.Emails)
            {
                var item = new JsonObject { ["Value"] = email.Value };
                Add(item, "Type", email.Type);
                item["Primary"] = email.Primary;
                emails.Add(item);
            }

            json["Emails"] = emails;
        }

        json["IdentityStoreId"] = user.IdentityStoreId;
        return json;
    }

    public static JsonObject Group(StoreGroup group)
    {
        var json = new JsonObject { ["GroupId"] = group.Id, ["DisplayName"] = group.DisplayName };
        Add(json, "Description", group.Description);
        json["IdentityStoreId"] = group.Scope;
        return json;
    }

    public static JsonObject Membership(GroupMembership membership) => new()
    {
        ["IdentityStoreId"] = membership.Scope,
        ["MembershipId"] = membership.Id,
        ["GroupId"] = membership.GroupId,
        ["MemberId"] = new JsonObject { ["UserId"] = membership.UserId },
    };

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
