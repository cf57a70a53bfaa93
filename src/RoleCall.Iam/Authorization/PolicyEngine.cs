using RoleCall.Policy.Authorization;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// The two calls this folder makes into RoleCall.Policy, in one place: compile a document (cached: a policy
/// is compiled once and reused until its text changes) and authorize a request.
/// </summary>
internal static class PolicyEngine
{
    /// <summary>Bounds the cache; crossing it clears the cache (cheap to refill, never stale: keyed by text).</summary>
    private const int MaxCachedPolicies = 20_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(PolicyKind, string), PolicyParseResult> Cache = new();

    /// <summary>The compiled policy, or null when the stored document does not compile (it then grants nothing).</summary>
    public static CompiledPolicy? Compile(string document, PolicyKind kind, string id)
    {
        var result = Parse(document, kind);
        return result.Policy?.WithId(id);
    }

    /// <summary>Parses (cached) for validation: the caller decides what to do with the problems.</summary>
    public static PolicyParseResult Parse(string document, PolicyKind kind)
    {
        if (Cache.TryGetValue((kind, document), out var cached))
        {
            return cached;
        }

        if (Cache.Count >= MaxCachedPolicies)
        {
            Cache.Clear();
        }

        var parsed = PolicyParser.Parse(document, kind);
        Cache[(kind, document)] = parsed;
        return parsed;
    }

    public static AuthorizationResult Authorize(AuthorizationRequest request) => Authorizer.Authorize(request);
}
