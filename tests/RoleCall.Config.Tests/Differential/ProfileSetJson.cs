using System.Text.Json.Nodes;
using RoleCall.Config.Profiles;

namespace RoleCall.Config.Tests.Differential;

/// <summary>RoleCall's parse in the shape the botocore judge prints (botocore_profiles.py).</summary>
internal static class ProfileSetJson
{
    public static JsonObject From(ProfileSet set) => new()
    {
        ["profiles"] = Sections(set.Profiles),
        ["sso_sessions"] = Sections(set.SsoSessions),
        ["services"] = Sections(set.Services),
        ["order"] = new JsonArray([.. set.Profiles.Keys.Select(k => (JsonNode)JsonValue.Create(k))]),
    };

    private static JsonObject Sections(IReadOnlyDictionary<string, ProfileSection> sections)
    {
        var result = new JsonObject();
        foreach (var (name, section) in sections)
        {
            var values = new JsonObject();
            foreach (var (key, value) in section.Values)
            {
                values[key] = value.SubProperties is { } sub
                    ? new JsonObject(sub.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))))
                    : JsonValue.Create(value.Value);
            }

            result[name] = values;
        }

        return result;
    }
}
