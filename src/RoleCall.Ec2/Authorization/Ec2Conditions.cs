using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Authorization;

/// <summary>
/// Builds the EC2 condition keys of one access request: `ec2:Region` always, `ec2:ResourceTag/K` for an
/// existing resource's tags, `aws:RequestTag/K` and `aws:TagKeys` for tags the request sets or removes.
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-policy-keys
/// </summary>
public sealed class Ec2Conditions
{
    private readonly Dictionary<string, IReadOnlyList<string>> keys = new(StringComparer.OrdinalIgnoreCase);

    public Ec2Conditions(string region)
    {
        keys["ec2:Region"] = [region];
    }

    public Ec2Conditions Set(string key, string value)
    {
        keys[key] = [value];
        return this;
    }

    public Ec2Conditions ResourceTags(IEnumerable<Ec2Tag> tags)
    {
        foreach (var tag in tags)
        {
            keys["ec2:ResourceTag/" + tag.Key] = [tag.Value];
        }

        return this;
    }

    public Ec2Conditions RequestTags(IReadOnlyList<Ec2Tag> tags)
    {
        foreach (var tag in tags)
        {
            keys["aws:RequestTag/" + tag.Key] = [tag.Value];
        }

        return TagKeys(tags.Select(t => t.Key));
    }

    public Ec2Conditions TagKeys(IEnumerable<string> tagKeys)
    {
        var list = tagKeys.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            keys["aws:TagKeys"] = list;
        }

        return this;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Build() => new Dictionary<string, IReadOnlyList<string>>(keys, StringComparer.OrdinalIgnoreCase);
}
