namespace RoleCall.Protocol.Query;

/// <summary>A string, integer, boolean or timestamp: one element's text.</summary>
public sealed record ScalarShape(ScalarKind Kind) : Shape;
