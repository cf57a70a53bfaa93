namespace RoleCall.Protocol.Ec2Query;

/// <summary>
/// The server's view of an EC2 Query request's flat parameters. EC2 lists carry no `.member`: the index
/// follows the (singular) list name directly, `InstanceId.1`, `Filter.1.Value.2`, `TagSpecification.1.Tag.1.Key`.
/// Lists are read up to their first gap, as botocore and the AWS SDKs always number from 1 without gaps.
/// </summary>
public sealed class Ec2Parameters(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? Optional(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>`Name.1`, `Name.2`, ...</summary>
    public IReadOnlyList<string> List(string name)
    {
        var items = new List<string>();
        for (var i = 1; Values.TryGetValue($"{name}.{i}", out var item); i++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>`Filter.N.Name` with `Filter.N.Value.M`.</summary>
    public IReadOnlyList<Ec2Filter> Filters(string name = "Filter")
    {
        var filters = new List<Ec2Filter>();
        for (var i = 1; Values.TryGetValue($"{name}.{i}.Name", out var filterName); i++)
        {
            filters.Add(new Ec2Filter(filterName, List($"{name}.{i}.Value")));
        }

        return filters;
    }

    /// <summary>`Tag.N.Key` with `Tag.N.Value` (a missing value is the empty string).</summary>
    public IReadOnlyList<Ec2Tag> Tags(string name = "Tag")
    {
        var tags = new List<Ec2Tag>();
        for (var i = 1; Values.TryGetValue($"{name}.{i}.Key", out var key); i++)
        {
            tags.Add(new Ec2Tag(key, Optional($"{name}.{i}.Value") ?? string.Empty));
        }

        return tags;
    }

    /// <summary>`TagSpecification.N.ResourceType` with `TagSpecification.N.Tag.M.Key/Value`.</summary>
    public IReadOnlyList<Ec2TagSpecification> TagSpecifications()
    {
        var specifications = new List<Ec2TagSpecification>();
        for (var i = 1; ; i++)
        {
            var prefix = $"TagSpecification.{i}";
            var type = Optional(prefix + ".ResourceType");
            var tags = Tags(prefix + ".Tag");
            if (type is null && tags.Count == 0)
            {
                return specifications;
            }

            specifications.Add(new Ec2TagSpecification(type, tags));
        }
    }
}
