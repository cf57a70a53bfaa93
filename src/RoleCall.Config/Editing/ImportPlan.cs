namespace RoleCall.Config.Editing;

/// <summary>What `vault import` would do: the credentials file as read, as it would be written, and the keys moved.</summary>
public sealed record ImportPlan(string Path, string Original, string Updated, IReadOnlyList<ImportedKeys> Moved);
