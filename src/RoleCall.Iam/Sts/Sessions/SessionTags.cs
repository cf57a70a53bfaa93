using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sts.Sessions;

/// <summary>
/// The tags of a new session: the transitive tags inherited from a calling role session (they cannot be
/// overridden) plus the tags of the request; keys are case-insensitive and unique.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining
/// </summary>
internal sealed record SessionTags(Dictionary<string, string> Tags, List<string> TransitiveKeys)
{
    public bool IsEmpty => Tags.Count == 0;

    public static SessionTags Combine(SessionContext? callerSession, IReadOnlyList<KeyValuePair<string, string>> requested, IReadOnlyList<string> requestedTransitive)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var transitive = new List<string>();
        foreach (var key in callerSession?.TransitiveTagKeys ?? [])
        {
            if (callerSession?.Tags is { } inherited && inherited.TryGetValue(key, out var value))
            {
                tags[key] = value;
                transitive.Add(key);
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in requested)
        {
            if (!seen.Add(key))
            {
                throw StsErrors.DuplicateTagKeys();
            }

            if (tags.ContainsKey(key))
            {
                throw StsErrors.TransitiveTagOverride(key);
            }

            tags[key] = value;
        }

        foreach (var key in requestedTransitive)
        {
            if (!seen.Contains(key))
            {
                throw StsErrors.TransitiveKeyNotInTags(key);
            }

            if (!transitive.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                transitive.Add(key);
            }
        }

        return new SessionTags(tags, transitive);
    }
}
