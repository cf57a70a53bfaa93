namespace RoleCall.Protocol.Query;

/// <summary>
/// The shape of a Query response, as botocore's service model describes it: structures with ordered members,
/// lists, maps and scalars. The XML reader follows it so the result tree keeps the API's member order (the
/// order the AWS CLI prints JSON keys in) and knows which scalars are numbers, booleans or timestamps.
/// </summary>
public abstract record Shape
{
    public static ScalarShape Text { get; } = new(ScalarKind.Text);

    public static ScalarShape Number { get; } = new(ScalarKind.Number);

    public static ScalarShape Boolean { get; } = new(ScalarKind.Boolean);

    public static ScalarShape Timestamp { get; } = new(ScalarKind.Timestamp);

    /// <summary>A structure from `(name, shape)` pairs in API order.</summary>
    public static StructureShape Structure(params ShapeMember[] members) => new(members);

    public static ListShape List(Shape member) => new(member);

    public static MapShape Map(Shape value) => new(value);
}
