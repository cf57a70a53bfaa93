namespace RoleCall.Config.Profiles;

/// <summary>
/// Turns the two shared files plus the environment into <see cref="ResolvedProfile"/>s. The files are read
/// once, on first use, and the result is shared by every resolution (a source_profile chain reads no file twice).
/// <para>Public API: <see cref="SelectProfile"/> (name precedence), <see cref="Resolve"/> (the selected profile with
/// region precedence), <see cref="ResolveNamed"/> (another profile, e.g. a source_profile), <see cref="Exists"/>,
/// <see cref="ProfileNames"/>, <see cref="SsoSession"/>, <see cref="Files"/>.</para>
/// </summary>
public sealed class ProfileResolver
{
    private readonly Lazy<ProfileSet> _files;

    public ProfileResolver(AwsEnvironment environment, AwsPaths paths)
    {
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        Paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _files = new Lazy<ProfileSet>(() => ProfileSet.Load(paths));
    }

    /// <summary>A resolver over already-parsed files (tests, benchmarks).</summary>
    public ProfileResolver(AwsEnvironment environment, AwsPaths paths, ProfileSet files)
    {
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        Paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _files = new Lazy<ProfileSet>(files ?? throw new ArgumentNullException(nameof(files)));
    }

    public AwsEnvironment Environment { get; }

    public AwsPaths Paths { get; }

    /// <summary>The parsed files; reading them may throw a ConfigurationException naming file and line.</summary>
    public ProfileSet Files => _files.Value;

    /// <summary>Every profile name in botocore's order: config-file profiles, then credentials-only ones.</summary>
    public IReadOnlyList<string> ProfileNames => [.. Files.Profiles.Keys];

    public bool Exists(string name) => Files.Profiles.ContainsKey(name);

    /// <summary>The profile name: --profile > AWS_PROFILE > AWS_DEFAULT_PROFILE > "default" (the AWS CLI v2 order).</summary>
    public (string Name, ValueOrigin Origin) SelectProfile(string? profileOption) =>
        profileOption is { Length: > 0 } ? (profileOption, ValueOrigin.CommandLine("--profile"))
        : Environment.Profile is { } fromProfile ? (fromProfile, ValueOrigin.EnvironmentVariable("AWS_PROFILE"))
        : Environment.DefaultProfile is { } fromDefault ? (fromDefault, ValueOrigin.EnvironmentVariable("AWS_DEFAULT_PROFILE"))
        : ("default", ValueOrigin.Default);

    /// <summary>
    /// The selected profile. A named profile that neither file defines is an error (ProfileNotFound), as in
    /// botocore; the implicit "default" may be absent and resolves empty.
    /// </summary>
    public ResolvedProfile Resolve(string? profileOption = null, string? regionOption = null)
    {
        var (name, origin) = SelectProfile(profileOption);
        return Build(name, origin, regionOption);
    }

    /// <summary>Another profile by name (a source_profile); region precedence as for <see cref="Resolve"/>.</summary>
    public ResolvedProfile ResolveNamed(string name, string? regionOption = null) =>
        Build(name ?? throw new ArgumentNullException(nameof(name)), ValueOrigin.Default, regionOption);

    /// <summary>An <c>[sso-session NAME]</c> section, or null.</summary>
    public ProfileSection? SsoSession(string name) => Files.SsoSessions.GetValueOrDefault(name);

    private ResolvedProfile Build(string name, ValueOrigin nameOrigin, string? regionOption)
    {
        var section = Files.Profiles.GetValueOrDefault(name);
        if (section is null && name != "default")
        {
            throw ConfigErrors.ProfileNotFound(name, Paths.ConfigFile, Paths.CredentialsFile);
        }

        var region = regionOption is { Length: > 0 } ? new ProfileValue(regionOption, ValueOrigin.CommandLine("--region"))
            : Environment.Region is { } fromRegion ? new ProfileValue(fromRegion, ValueOrigin.EnvironmentVariable("AWS_REGION"))
            : Environment.DefaultRegion is { } fromDefault ? new ProfileValue(fromDefault, ValueOrigin.EnvironmentVariable("AWS_DEFAULT_REGION"))
            : section?.GetValue("region") is { IsNested: false } fromProfile ? fromProfile
            : null;
        return new ResolvedProfile(name, nameOrigin, section, region, ServicesFor(section), Environment);
    }
    private ProfileSection? ServicesFor(ProfileSection? profile) =>
        profile?.Get("services") is { } servicesName ? Files.Services.GetValueOrDefault(servicesName) : null;
}
