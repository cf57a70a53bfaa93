namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// One shape of the IAM service model (iam-model.txt): a structure with ordered members, a list, a map or a
/// scalar (`string`, `integer`, `boolean`, `timestamp`, `blob`). Members are filled after construction because
/// shapes refer to each other.
/// </summary>
internal sealed class ModelShape(string name, string type)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public List<ModelMember> Members { get; } = [];

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    /// <summary>The element of a list, the value of a map.</summary>
    public ModelShape? Element { get; set; }

    /// <summary>The element name of list members in responses: `member` (IAM), `item` (EC2).</summary>
    public string ElementName { get; set; } = "member";

    public IReadOnlyList<string>? Enum { get; set; }

    /// <summary>The model's `min`: least length of a string or list, least value of a number; botocore checks only this bound.</summary>
    public long? Min { get; set; }

    public bool IsStructure => Type == "structure";

    public bool IsList => Type == "list";

    public bool IsMap => Type == "map";

    public bool IsScalar => !IsStructure && !IsList && !IsMap;
}
