using RoleCall.Ec2.Service;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Filters;

/// <summary>
/// One operation's `Filter.N` support: the names it knows (anything else is InvalidParameterValue
/// "The filter 'x' is invalid", checked before any work), `tag:K`, `tag-key` and `tag-value` when its items
/// carry tags. An item matches when every filter matches; a filter matches when any of its values matches
/// any of the item's values, with `*` and `?` as wildcards, as EC2 filters do.
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Filtering.html
/// </summary>
public sealed class FilterSet<T>(IReadOnlyList<FilterField<T>> fields, Func<T, IReadOnlyList<Ec2Tag>>? tags = null)
{
    private readonly Dictionary<string, FilterField<T>> byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Throws for an unknown filter name; returns the predicate for the request's filters.</summary>
    public Func<T, bool> Compile(IReadOnlyList<Ec2Filter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var compiled = filters.Select(Compile).ToList();
        return item => compiled.TrueForAll(f => f(item));
    }

    private Func<T, bool> Compile(Ec2Filter filter)
    {
        var patterns = filter.Values.Select(Wildcard.Compile).ToList();
        bool Any(IEnumerable<string?> values) => values.Any(v => v is not null && patterns.Exists(p => p(v)));
        if (byName.TryGetValue(filter.Name, out var field))
        {
            return item => Any(field.Values(item));
        }

        if (tags is not null)
        {
            if (filter.Name.StartsWith("tag:", StringComparison.Ordinal) && filter.Name.Length > 4)
            {
                var key = filter.Name[4..];
                return item => Any(tags(item).Where(t => t.Key == key).Select(t => t.Value));
            }

            switch (filter.Name)
            {
                case "tag-key":
                    return item => Any(tags(item).Select(t => t.Key));
                case "tag-value":
                    return item => Any(tags(item).Select(t => t.Value));
            }
        }

        throw Ec2Errors.InvalidFilter(filter.Name);
    }
}
