namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Everything a policy is evaluated against: principal, action, resource, the resource's account and the
/// condition keys. Key names are case-insensitive (`aws:SourceIp` = `AWS:SOURCEIP`). Build it once per
/// request; evaluation only reads it, so it may be evaluated against any number of policies.
/// </summary>
public sealed class RequestContext
{
    private readonly Dictionary<string, ContextValue> _keys = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="principal">Who makes the request.</param>
    /// <param name="action">`service:Action`, e.g. `iam:CreateUser` (compared case-insensitively).</param>
    /// <param name="resource">The resource ARN (`*` for actions without a resource).</param>
    /// <param name="resourceAccount">The account that owns the resource; null takes the ARN's account field,
    /// and a resource without one (S3) counts as the principal's own account.</param>
    public RequestContext(RequestPrincipal principal, string action, string resource, string? resourceAccount = null)
    {
        Principal = principal;
        Action = action;
        Resource = resource;
        ResourceAccount = resourceAccount ?? AccountOf(resource) ?? principal.AccountId;
    }

    public RequestPrincipal Principal { get; }

    public string Action { get; }

    public string Resource { get; }

    public string ResourceAccount { get; }

    /// <summary>True when the principal and the resource belong to different accounts.</summary>
    public bool IsCrossAccount => !string.Equals(ResourceAccount, Principal.AccountId, StringComparison.Ordinal);

    /// <summary>The keys present, as set.</summary>
    public IEnumerable<string> Keys => _keys.Keys;

    /// <summary>Sets a single-valued key (replacing any value); returns this for chaining.</summary>
    public RequestContext Set(string key, string value)
    {
        _keys[key] = new ContextValue([value], isMultiValued: false);
        return this;
    }

    /// <summary>Sets a multivalued key (`aws:TagKeys`); an empty list behaves as an absent key.</summary>
    public RequestContext SetValues(string key, IEnumerable<string> values)
    {
        _keys[key] = new ContextValue([.. values], isMultiValued: true);
        return this;
    }

    public RequestContext Remove(string key)
    {
        _keys.Remove(key);
        return this;
    }

    /// <summary>The key's value(s), found case-insensitively.</summary>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContextValue? value) =>
        _keys.TryGetValue(key, out value);

    /// <summary>The single value of a key, for policy variables: null when absent or multivalued.</summary>
    internal string? SingleValue(string key) =>
        _keys.TryGetValue(key, out var value) && value.Items.Length == 1 && !value.IsMultiValued ? value.Items[0] : null;

    private static string? AccountOf(string resource)
    {
        // arn:partition:service:region:ACCOUNT:resource — the fifth field, when present and not empty.
        if (!resource.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = resource.Split(':', 6);
        return parts.Length == 6 && parts[4].Length > 0 ? parts[4] : null;
    }
}
