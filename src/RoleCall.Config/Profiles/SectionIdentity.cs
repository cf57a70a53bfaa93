namespace RoleCall.Config.Profiles;

/// <summary>What a config-file header names: its kind and the profile/session/services name.</summary>
internal readonly record struct SectionIdentity(SectionKind Kind, string Name);
