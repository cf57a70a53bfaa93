namespace RoleCall.Config;

/// <summary>
/// Every environment variable RoleCall reads, captured once from the process environment (the only seam
/// for them; STYLE.md 7). Build it with <see cref="From"/> from the dictionary in the CLI's CommandContext;
/// tests pass their own dictionary.
/// <para>Public API: one property per AWS_* variable (null when unset or empty, as the SDKs treat an empty
/// variable), <see cref="Get"/> for anything else (ROLECALL_*, raw values, empty kept), and
/// <see cref="EndpointUrlFor"/> for <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>. ToString never prints secrets.</para>
/// </summary>
public sealed record AwsEnvironment
{
    private readonly IReadOnlyDictionary<string, string> _variables;

    private AwsEnvironment(IReadOnlyDictionary<string, string> variables) => _variables = variables;

    /// <summary>An environment with no variables at all (tests, or a clean child process).</summary>
    public static AwsEnvironment Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public string? Profile => Value("AWS_PROFILE");

    public string? DefaultProfile => Value("AWS_DEFAULT_PROFILE");

    public string? Region => Value("AWS_REGION");

    public string? DefaultRegion => Value("AWS_DEFAULT_REGION");

    public string? AccessKeyId => Value("AWS_ACCESS_KEY_ID");

    public string? SecretAccessKey => Value("AWS_SECRET_ACCESS_KEY");

    public string? SessionToken => Value("AWS_SESSION_TOKEN");

    /// <summary>The legacy name of the session token; botocore reads it when AWS_SESSION_TOKEN is unset.</summary>
    public string? SecurityToken => Value("AWS_SECURITY_TOKEN");

    public string? CredentialExpiration => Value("AWS_CREDENTIAL_EXPIRATION");

    public string? ConfigFile => Value("AWS_CONFIG_FILE");

    public string? SharedCredentialsFile => Value("AWS_SHARED_CREDENTIALS_FILE");

    /// <summary>The global endpoint override; per-service ones via <see cref="EndpointUrlFor"/>.</summary>
    public string? EndpointUrl => Value("AWS_ENDPOINT_URL");

    public bool IgnoreConfiguredEndpointUrls => IsTrue("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");

    public string? WebIdentityTokenFile => Value("AWS_WEB_IDENTITY_TOKEN_FILE");

    public string? RoleArn => Value("AWS_ROLE_ARN");

    public string? RoleSessionName => Value("AWS_ROLE_SESSION_NAME");

    public string? ContainerCredentialsRelativeUri => Value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");

    public string? ContainerCredentialsFullUri => Value("AWS_CONTAINER_CREDENTIALS_FULL_URI");

    public string? ContainerAuthorizationToken => Value("AWS_CONTAINER_AUTHORIZATION_TOKEN");

    public string? ContainerAuthorizationTokenFile => Value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");

    /// <summary>True when AWS_EC2_METADATA_DISABLED is "true" (any case), as botocore tests it.</summary>
    public bool Ec2MetadataDisabled => IsTrue("AWS_EC2_METADATA_DISABLED");

    public string? Ec2MetadataServiceEndpoint => Value("AWS_EC2_METADATA_SERVICE_ENDPOINT");

    public string? Ec2MetadataServiceEndpointMode => Value("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE");

    /// <summary>"legacy" or "regional" (raw text; the STS endpoint resolver validates it).</summary>
    public string? StsRegionalEndpoints => Value("AWS_STS_REGIONAL_ENDPOINTS");

    /// <summary>Raw text of AWS_USE_FIPS_ENDPOINT; <see cref="UseFipsEndpoint"/> is the parsed flag.</summary>
    public string? UseFipsEndpointText => Value("AWS_USE_FIPS_ENDPOINT");

    public bool UseFipsEndpoint => IsTrue("AWS_USE_FIPS_ENDPOINT");

    public string? Home => Value("HOME");

    public string? UserProfile => Value("USERPROFILE");

    public string? HomeDrive => Value("HOMEDRIVE");

    public string? HomePath => Value("HOMEPATH");

    /// <summary>Captures the variables once; later changes to the dictionary are not seen.</summary>
    public static AwsEnvironment From(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new AwsEnvironment(new Dictionary<string, string>(variables, StringComparer.Ordinal));
    }

    /// <summary>Any variable by exact name (ROLECALL_*, ...): the raw value, empty string kept; null when unset.</summary>
    public string? Get(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// AWS_ENDPOINT_URL_&lt;SERVICE&gt; for a service id ("STS", "s3", "Elastic Beanstalk"): upper-cased, spaces
    /// and dashes as underscores, per the SDKs' "service-specific endpoints" rule.
    /// </summary>
    public string? EndpointUrlFor(string serviceId)
    {
        ArgumentNullException.ThrowIfNull(serviceId);
        var suffix = serviceId.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        return Value("AWS_ENDPOINT_URL_" + suffix);
    }

    /// <summary>Names only, never values: secrets live in some of them.</summary>
    public override string ToString() =>
        $"AwsEnvironment {{ {string.Join(", ", _variables.Keys.Where(IsRelevant).Order(StringComparer.Ordinal))} }}";

    public bool Equals(AwsEnvironment? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private static bool IsRelevant(string name) =>
        name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith("ROLECALL_", StringComparison.Ordinal);

    private string? Value(string name) => Get(name) is { Length: > 0 } value ? value : null;

    private bool IsTrue(string name) => string.Equals(Value(name), "true", StringComparison.OrdinalIgnoreCase);
}
