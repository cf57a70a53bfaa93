namespace RoleCall.Protocol.Query;

/// <summary>A structure member: its element name (also its JSON key) and shape.</summary>
public sealed record ShapeMember(string Name, Shape Shape);
