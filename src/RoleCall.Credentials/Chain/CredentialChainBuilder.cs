using System.Globalization;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Chain;

/// <summary>
/// The one place that decides where credentials come from (STYLE.md 2). It reads the merged profiles and
/// the environment once and returns a provider graph such as cached(assume-role(static keys)); nothing is
/// called until the graph is resolved. The order is botocore's: environment (unless --profile was given),
/// assume role, web identity, SSO, credentials-file keys, credential_process, config-file keys, then the
/// container and instance metadata endpoints. A source profile resolves without environment variables.
/// </summary>
public sealed class CredentialChainBuilder(
    IReadOnlyDictionary<string, ProfileSection> profiles,
    AwsEnvironment environment,
    ChainServices services,
    IReadOnlyDictionary<string, ProfileSection>? ssoSessions = null)
{
    /// <summary>A builder over the resolver's files and environment (the CLI's entry point).</summary>
    public static CredentialChainBuilder For(ProfileResolver resolver, ChainServices services)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return new CredentialChainBuilder(resolver.Files.Profiles, resolver.Environment, services, resolver.Files.SsoSessions);
    }

    /// <summary>The provider for a resolved profile: environment keys count unless the name came from --profile.</summary>
    public ICredentialProvider Build(ResolvedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Build(profile.Name, profile.NameOrigin.Source == ValueSource.CommandLine);
    }

    /// <summary>
    /// The provider for <paramref name="profile"/>. <paramref name="profileExplicit"/> is true for --profile
    /// (environment keys are then skipped; AWS_PROFILE does not skip them). <paramref name="includeMetadata"/>
    /// false stops at the profile (the cross-SDK profile-provider view): nothing configured is then an error.
    /// </summary>
    public ICredentialProvider Build(string profile, bool profileExplicit, bool includeMetadata = true)
    {
        if (!profileExplicit && FromEnvironment() is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (!profiles.TryGetValue(profile, out var section))
        {
            // A named profile that does not exist is an error; a missing [default] is an empty profile
            // (environment web identity and the metadata endpoints may still answer).
            // A profile that only the vault knows (`vault add` without a config section) is an empty one too.
            section = (profile == "default" && includeMetadata) || InVault(profile) ? new ProfileSection(profile, []) : throw ChainErrors.ProfileNotFound(profile);
        }

        var visited = new List<string> { profile };
        if (FromProfile(section, visited, topLevel: true) is { } fromProfile)
        {
            return fromProfile;
        }

        return includeMetadata ? Metadata(profile) : throw ChainErrors.SourceWithoutCredentials(profile);
    }

    /// <summary>The profile's own sources in botocore's order; null when it configures none.</summary>
    private ICredentialProvider? FromProfile(ProfileSection section, List<string> visited, bool topLevel)
    {
        var name = section.Name;
        var roleArn = section.Get(ProfileKeys.RoleArn);
        var tokenFile = section.Get(ProfileKeys.WebIdentityTokenFile);
        if (roleArn is not null && tokenFile is null)
        {
            return AssumeRole(section, roleArn, visited);
        }

        // Environment web identity applies to the selected profile only, never to a source profile.
        var envTokenFile = topLevel ? environment.WebIdentityTokenFile : null;
        if (envTokenFile is not null || tokenFile is not null)
        {
            var arn = (topLevel ? environment.RoleArn : null) ?? roleArn ?? throw ChainErrors.WebIdentityWithoutRole(name);
            var sessionName = (topLevel ? environment.RoleSessionName : null) ?? section.Get(ProfileKeys.RoleSessionName);
            return new WebIdentityProvider(arn, services.ExpandPath(envTokenFile ?? tokenFile!), sessionName, services.Sts, services.Time);
        }

        if (IsSso(section))
        {
            var sso = SsoValidation.Validate(section, ssoSessions, services);

            // Role credentials are cached where the AWS CLI caches them; a token-only profile has none to cache.
            return sso.AccountId is null ? sso : Cached(sso);
        }

        // Keys in the vault win over the credential_process line `vault import` leaves for the AWS CLI.
        if (!HasAnyKey(section) && InVault(name))
        {
            return VaultKeys(section);
        }

        var keys = StaticKeys(section);
        if (keys is not null && keys.Method == StaticKeysProvider.CredentialsFileMethod)
        {
            return WithSessionToken(section, keys, topLevel);
        }

        if (section.Get(ProfileKeys.CredentialProcess) is { } command)
        {
            return new ProcessProvider(name, command, section.Get(ProfileKeys.AccountId), [.. visited], services.ProcessEnvironment);
        }

        return keys is null ? null : WithSessionToken(section, keys, topLevel);
    }

    private ICredentialProvider AssumeRole(ProfileSection section, string roleArn, List<string> visited)
    {
        var source = RoleSource(section, visited);
        var options = new AssumeRoleOptions(
            roleArn,
            section.Get(ProfileKeys.RoleSessionName),
            section.Get(ProfileKeys.ExternalId),
            section.Get(ProfileKeys.MfaSerial),
            ParseInt(section.Get(ProfileKeys.DurationSeconds)),
            section.Get(ProfileKeys.SourceIdentity));

        var viaSession = false;
        if (source is VaultCachingProvider { Inner: SessionTokenProvider session })
        {
            // A vault user with mfa_serial: the role is assumed with its MFA session (aws-vault's GetSessionToken,
            // then AssumeRole). AWS carries the session's MFA context into the role session, so a role asking
            // for the same device needs no second code; another device still gets its own prompt.
            viaSession = options.MfaSerial is null || options.MfaSerial == session.SerialNumber;
        }
        else if (options.MfaSerial is not null && IsTrue(section.Get(ProfileKeys.MfaSession)))
        {
            // The opt-in MFA session: one GetSessionToken (one prompt) shared by every role sharing the serial.
            // AWS allows it only over long-term keys, so any other source keeps the per-role MFA.
            var duration = ParseInt(section.Get(ProfileKeys.MfaSessionDurationSeconds));
            ICredentialProvider? opened = source switch
            {
                StaticKeysProvider { Credentials.IsTemporary: false } longTerm => Cached(new SessionTokenProvider(
                    longTerm.Profile, longTerm, SessionTokenKey.AccessKey(longTerm.Credentials.AccessKeyId), options.MfaSerial, duration, services.Sts, services.Mfa)),
                VaultProvider inVault => VaultSession(inVault, options.MfaSerial, duration),
                _ => null,
            };
            viaSession = opened is not null;
            source = opened ?? source;
        }

        var role = new AssumeRoleProvider(section.Name, source, options, viaSession, services.Sts, services.Mfa, services.Time);
        return IsTrue(section.Get(ProfileKeys.VaultSessions)) && services.Vault is { } vault
            ? new VaultCachingProvider(role, vault, services.Time)
            : Cached(role);
    }

    /// <summary>The credentials a role profile assumes the role with: credential_source or source_profile.</summary>
    private ICredentialProvider RoleSource(ProfileSection section, List<string> visited)
    {
        var name = section.Name;
        var credentialSource = section.Get(ProfileKeys.CredentialSource);
        var sourceProfile = section.Get(ProfileKeys.SourceProfile);
        if (credentialSource is not null && sourceProfile is not null)
        {
            throw ChainErrors.BothSources(name);
        }

        if (credentialSource is not null)
        {
            return NamedSource(name, credentialSource);
        }

        if (sourceProfile is null)
        {
            throw ChainErrors.NoSource(name);
        }

        if (!profiles.TryGetValue(sourceProfile, out var source))
        {
            source = InVault(sourceProfile) ? new ProfileSection(sourceProfile, []) : throw ChainErrors.SourceProfileNotFound(sourceProfile, name);
        }

        if (visited.Contains(sourceProfile))
        {
            // A profile may name itself to use its own static keys; any other revisit is a loop.
            if (sourceProfile == name && HasAnyKey(source))
            {
                return StaticKeys(source)!;
            }

            throw ChainErrors.Cycle([.. visited, sourceProfile]);
        }

        visited.Add(sourceProfile);
        if (HasAnyKey(source))
        {
            return StaticKeys(source)!;
        }

        return FromProfile(source, visited, topLevel: false) ?? throw ChainErrors.SourceWithoutCredentials(sourceProfile);
    }

    private NamedSourceProvider NamedSource(string profile, string credentialSource) => credentialSource switch
    {
        "Environment" => new NamedSourceProvider(credentialSource, FromEnvironment() ?? throw ChainErrors.PartialEnvironment("AWS_ACCESS_KEY_ID")),
        "Ec2InstanceMetadata" => new NamedSourceProvider(credentialSource, MetadataEndpoints.InstanceMetadata(profiles.GetValueOrDefault(profile), environment, MetadataHandler)),
        "EcsContainer" => new NamedSourceProvider(credentialSource, MetadataEndpoints.Container(environment, MetadataHandler)
            ?? throw ChainErrors.InvalidCredentialSource(profile, credentialSource + " (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/_FULL_URI unset)")),
        _ => throw ChainErrors.InvalidCredentialSource(profile, credentialSource),
    };

    private HttpMessageHandler? _metadataHandler;

    // Made only for a chain that has a metadata endpoint in it (see LazyMetadataHandler).
    private HttpMessageHandler MetadataHandler => _metadataHandler ??= services.MetadataHandler ?? new LazyMetadataHandler();

    private MetadataFallbackProvider Metadata(string profile)
    {
        ICredentialProvider? endpoint = MetadataEndpoints.Container(environment, MetadataHandler);
        endpoint ??= environment.Ec2MetadataDisabled
            ? new DisabledProvider("instance metadata is disabled (AWS_EC2_METADATA_DISABLED)")
            : MetadataEndpoints.InstanceMetadata(profiles.GetValueOrDefault(profile), environment, MetadataHandler);
        return new MetadataFallbackProvider(profile, endpoint);
    }

    /// <summary>Keys, plus a GetSessionToken session when the selected profile has mfa_serial and no role.</summary>
    private ICredentialProvider WithSessionToken(ProfileSection section, StaticKeysProvider keys, bool topLevel) =>
        topLevel && section.Get(ProfileKeys.MfaSerial) is { } serial && !keys.Credentials.IsTemporary
            ? Cached(new SessionTokenProvider(section.Name, keys, SessionTokenKey.AccessKey(keys.Credentials.AccessKeyId), serial, ParseInt(section.Get(ProfileKeys.DurationSeconds)), services.Sts, services.Mfa))
            : keys;

    /// <summary>
    /// A vault user's keys; with mfa_serial (a role profile never gets here) a GetSessionToken session with
    /// MFA, as aws-vault opens one, both when the profile is selected and when it is a role's source_profile.
    /// </summary>
    private ICredentialProvider VaultKeys(ProfileSection section)
    {
        var keys = new VaultProvider(section.Name, services.Vault!);
        return section.Get(ProfileKeys.MfaSerial) is { } serial ? VaultSession(keys, serial, ParseInt(section.Get(ProfileKeys.DurationSeconds))) : keys;
    }

    /// <summary>
    /// The session is kept encrypted in the vault, never in ~/.aws/cli/cache: the AWS CLI has no key for it, and
    /// an MFA-authenticated session (12 h by default) can do whatever the user can (docs/readme/vault.md).
    /// </summary>
    private VaultCachingProvider VaultSession(VaultProvider keys, string serial, int? durationSeconds) => new(
        new SessionTokenProvider(keys.Profile, keys, SessionTokenKey.VaultProfile(keys.Profile), serial, durationSeconds, services.Sts, services.Mfa),
        services.Vault!,
        services.Time);

    private EnvironmentProvider? FromEnvironment()
    {
        // Blank values count as unset, as in the SDKs.
        var keyId = environment.AccessKeyId?.Trim() is { Length: > 0 } k ? k : null;
        var secret = environment.SecretAccessKey?.Trim() is { Length: > 0 } s ? s : null;
        if (keyId is null && secret is null)
        {
            return null;
        }

        if (keyId is null || secret is null)
        {
            throw ChainErrors.PartialEnvironment(keyId is null ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY");
        }

        var expiration = environment.CredentialExpiration is { } text ? CacheEntryCodec.ParseExpiration(text) : null;
        var token = environment.SessionToken ?? environment.SecurityToken;
        return new EnvironmentProvider(new AwsCredentials(keyId, secret, token, expiration, environment.Get("AWS_ACCOUNT_ID")), services.Time);
    }

    private StaticKeysProvider? StaticKeys(ProfileSection section)
    {
        var keyId = section.GetValue(ProfileKeys.AccessKeyId);
        var secret = section.Get(ProfileKeys.SecretAccessKey);
        if (keyId is null && secret is null)
        {
            return null;
        }

        var method = (keyId?.Origin.Source ?? section.GetValue(ProfileKeys.SecretAccessKey)?.Origin.Source) == ValueSource.CredentialsFile
            ? StaticKeysProvider.CredentialsFileMethod
            : StaticKeysProvider.ConfigFileMethod;
        if (keyId is null || secret is null)
        {
            throw ChainErrors.PartialKeys(section.Name, method, keyId is null ? ProfileKeys.AccessKeyId : ProfileKeys.SecretAccessKey);
        }

        var credentials = new AwsCredentials(keyId.Value, secret, section.Get(ProfileKeys.SessionToken), null, section.Get(ProfileKeys.AccountId));
        return new StaticKeysProvider(section.Name, credentials, method, services.Time);
    }

    private ICredentialProvider Cached(ISessionProvider provider) =>
        services.Cache is null ? provider : new CachingProvider(provider, services.Cache, services.Time);

    private bool InVault(string profile) => services.Vault?.HasKeys(profile) == true;

    private static bool HasAnyKey(ProfileSection section) =>
        section.Get(ProfileKeys.AccessKeyId) is not null || section.Get(ProfileKeys.SecretAccessKey) is not null;

    private static bool IsSso(ProfileSection section) =>
        section.Get(ProfileKeys.SsoSession) is not null || section.Get(ProfileKeys.SsoStartUrl) is not null
        || section.Get(ProfileKeys.SsoAccountId) is not null || section.Get(ProfileKeys.SsoRoleName) is not null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>botocore ignores a duration that is not an integer; so do we.</summary>
    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
