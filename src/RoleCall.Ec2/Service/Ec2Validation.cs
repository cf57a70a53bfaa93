using System.Globalization;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Service;

/// <summary>Checks shared by several actions: integers, instance IDs, tags.</summary>
internal static class Ec2Validation
{
    public const int MaxTagsPerResource = 50;

    /// <summary>An optional integer parameter; EC2 names it lower-camel in the message (`maxResults`).</summary>
    public static int? OptionalInt(Ec2Parameters parameters, string name)
    {
        var text = parameters.Optional(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Ec2Errors.InvalidValue(Camel(name), text, "Expecting an integer.");
    }

    /// <summary>Every ID well formed (`i-` + 8 or 17 hex digits), else InvalidInstanceID.Malformed naming the first bad one.</summary>
    public static void InstanceIds(IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            if (!Ec2Ids.IsWellFormed(id, "i"))
            {
                throw Ec2Errors.MalformedInstanceId(id);
            }
        }
    }

    /// <summary>Tag keys 1-128 characters and not `aws:`, values up to 256.</summary>
    public static void Tags(IReadOnlyList<Ec2Tag> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw Ec2Errors.ReservedTagKey();
            }

            if (tag.Key.Length is 0 or > 128)
            {
                throw Ec2Errors.TagKeyLength(tag.Key);
            }

            if (tag.Value.Length > 256)
            {
                throw Ec2Errors.TagValueLength(tag.Value);
            }
        }

        if (tags.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() > MaxTagsPerResource)
        {
            throw Ec2Errors.TagLimit();
        }
    }

    /// <summary>Tags merged as CreateTags merges them: an existing key takes the new value in place, new keys are appended.</summary>
    public static IReadOnlyList<Ec2Tag> Merge(IReadOnlyList<Ec2Tag> existing, IReadOnlyList<Ec2Tag> added)
    {
        var merged = existing.ToList();
        foreach (var tag in added)
        {
            var at = merged.FindIndex(t => t.Key == tag.Key);
            if (at >= 0)
            {
                merged[at] = tag;
            }
            else
            {
                merged.Add(tag);
            }
        }

        if (merged.Count > MaxTagsPerResource)
        {
            throw Ec2Errors.TagLimit();
        }

        return merged;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
