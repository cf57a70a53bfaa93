using RoleCall.Iam.Model;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>Reading and replacing the tags of the taggable entities (users and roles).</summary>
internal static class Tagging
{
    public static IReadOnlyList<Tag> Of(IamEntity entity) => entity switch
    {
        IamUser user => user.Tags,
        IamRole role => role.Tags,
        _ => [],
    };

    public static IamEntity With(IamEntity entity, IReadOnlyList<Tag> tags) => entity switch
    {
        IamUser user => user with { Tags = tags },
        IamRole role => role with { Tags = tags },
        _ => entity,
    };

    /// <summary>Adds or overwrites tags by key (keys compare case-insensitively, as IAM's do).</summary>
    public static IReadOnlyList<Tag> Merge(IReadOnlyList<Tag> existing, IReadOnlyList<Tag> added)
    {
        var merged = existing.Where(t => !added.Any(a => a.Key.Equals(t.Key, StringComparison.OrdinalIgnoreCase))).ToList();
        merged.AddRange(added);
        return merged;
    }
}
