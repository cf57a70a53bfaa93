namespace RoleCall.Config.Profiles;

/// <summary>What a config-file section header means to botocore (build_profile_map).</summary>
internal enum SectionKind
{
    /// <summary>Not a profile: `[preview]`, `[plugins]`, a bad `[profile a b]`.</summary>
    Other,
    Profile,
    SsoSession,
    Services,
}
