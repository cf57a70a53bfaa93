using System.Diagnostics.CodeAnalysis;

namespace RoleCall.Core.Identity;

/// <summary>
/// An Amazon Resource Name: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. The resource part keeps its
/// colons and slashes (`role/path/name`, `assumed-role/ROLE/session`).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
/// </summary>
public readonly record struct Arn(string Partition, string Service, string Region, string Account, string Resource)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out Arn? arn)
    {
        arn = null;
        if (text is null || !text.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }

        // Exactly five separators before the resource; the resource itself may contain ':'.
        var parts = text.Split(':', 6);
        if (parts.Length != 6 || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            return false;
        }

        arn = new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
        return true;
    }

    /// <summary>The resource type: `role` for `role/path/name`, `user`, `assumed-role`, `mfa`, ...</summary>
    public string ResourceType
    {
        get
        {
            var cut = Resource.IndexOfAny(['/', ':']);
            return cut < 0 ? Resource : Resource[..cut];
        }
    }

    /// <summary>The last path segment of the resource: the name of a user, role, group or policy.</summary>
    public string ResourceName
    {
        get
        {
            var cut = Resource.LastIndexOf('/');
            return cut < 0 ? Resource : Resource[(cut + 1)..];
        }
    }

    public override string ToString() => $"arn:{Partition}:{Service}:{Region}:{Account}:{Resource}";
}
