namespace RoleCall.Protocol.Query;

/// <summary>A structure: members in the API's order.</summary>
public sealed record StructureShape(IReadOnlyList<ShapeMember> Members) : Shape;
