namespace RoleCall.Credentials.Caching;

/// <summary>Warnings about cache files; the cache never fails a command, it only falls back to STS.</summary>
internal static class CacheMessages
{
    public static string Corrupt(string path) =>
        $"warning: ignoring corrupt credential cache entry {path}; it will be replaced (hint: `rolecall cache clear` removes all entries)";

    public static string Unreadable(string path, string reason) =>
        $"warning: cannot read credential cache entry {path}: {reason}";
}
