namespace RoleCall.Protocol.Query;

/// <summary>
/// A structure member: its name (the JSON key the AWS CLI prints) and shape, and for EC2 the element name
/// on the wire when it differs (`Reservations` is `reservationSet`); null means the same as the name.
/// </summary>
public sealed record ShapeMember(string Name, Shape Shape, string? XmlName = null);
