namespace RoleCall.Iam.Model;

/// <summary>A user, group or role named by kind, name and unique ID (ListEntitiesForPolicy's rows).</summary>
public sealed record EntityRef(EntityKind Kind, string Name, string Id);
