namespace RoleCall.Cli.Commands.Configure;

/// <summary>One line of `configure list`: NAME, VALUE (keys masked), TYPE (where from), LOCATION.</summary>
internal sealed record ConfigureListRow(string Name, string Value, string Type, string Location)
{
    public const string NotSet = "<not set>";

    public static ConfigureListRow Unset(string name) => new(name, NotSet, "None", "None");

    /// <summary>The AWS CLI v1 layout: <c>'%10s %24s %16s    %s'</c>.</summary>
    public override string ToString() => $"{Name,10} {Value,24} {Type,16}    {Location}";
}
