namespace RoleCall.Config.Profiles;

/// <summary>
/// One profile, resolved and immutable: its name and why that name (--profile, AWS_PROFILE, default), its
/// merged settings (config file, then credentials file key by key) each with file:line, the region after
/// precedence, and the endpoint settings (<c>endpoint_url</c>, the <c>[services NAME]</c> section).
/// <para>Public API: <see cref="Name"/>, <see cref="NameOrigin"/>, <see cref="Exists"/>, <see cref="Values"/>,
/// <see cref="Get"/>, <see cref="GetValue"/>, <see cref="GetSubProperty"/>, <see cref="Region"/>,
/// <see cref="EndpointUrl"/>, <see cref="Services"/>, <see cref="ConfiguredEndpointUrl"/>. Credential providers
/// read keys such as <c>role_arn</c>, <c>source_profile</c>, <c>mfa_serial</c> through <see cref="Get"/>.</para>
/// </summary>
public sealed class ResolvedProfile
{
    private readonly ProfileSection _section;
    private readonly AwsEnvironment _environment;

    internal ResolvedProfile(
        string name,
        ValueOrigin nameOrigin,
        ProfileSection? section,
        ProfileValue? region,
        ProfileSection? services,
        AwsEnvironment environment)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Exists = section is not null;
        _section = section ?? new ProfileSection(name, []);
        Region = region;
        Services = services;
        _environment = environment;
    }

    public string Name { get; }

    /// <summary>How the name was chosen: --profile, AWS_PROFILE, AWS_DEFAULT_PROFILE or the default.</summary>
    public ValueOrigin NameOrigin { get; }

    /// <summary>False for the implicit "default" profile when neither file defines it (botocore allows that).</summary>
    public bool Exists { get; }

    /// <summary>Every setting of the profile (lower-case keys), credentials-file values winning key by key.</summary>
    public IReadOnlyDictionary<string, ProfileValue> Values => _section.Values;

    /// <summary>The region after precedence: --region > AWS_REGION > AWS_DEFAULT_REGION > the profile's region.</summary>
    public ProfileValue? Region { get; }

    /// <summary>The profile's global <c>endpoint_url</c>.</summary>
    public string? EndpointUrl => Get("endpoint_url");

    /// <summary>The <c>[services NAME]</c> section the profile's <c>services</c> key names, or null (also when missing).</summary>
    public ProfileSection? Services { get; }

    public string? Get(string key) => _section.Get(key);

    public ProfileValue? GetValue(string key) => _section.GetValue(key);

    public string? GetSubProperty(string key, string subKey) => _section.GetSubProperty(key, subKey);

    /// <summary>
    /// The configured endpoint for a client ("sts", "iam", "s3"), botocore's ConfiguredEndpointProvider:
    /// AWS_ENDPOINT_URL_&lt;ID&gt; > AWS_ENDPOINT_URL > services section > profile endpoint_url, none of them when
    /// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile's ignore_configured_endpoint_urls is true. An explicit
    /// --endpoint-url beats all of this and is the caller's business.
    /// </summary>
    public string? ConfiguredEndpointUrl(string clientName)
    {
        ArgumentNullException.ThrowIfNull(clientName);
        if (_environment.IgnoreConfiguredEndpointUrls
            || string.Equals(Get("ignore_configured_endpoint_urls"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var snakeId = clientName.Replace('-', '_').ToLowerInvariant();
        if ((_environment.EndpointUrlFor(snakeId) ?? _environment.EndpointUrl) is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Services is null && Get("services") is { } missing)
        {
            // botocore raises InvalidConfigError here, when an endpoint is wanted, not when the profile is read.
            throw ConfigErrors.MissingServicesSection(Name, missing);
        }

        return Services?.GetSubProperty(snakeId, "endpoint_url") ?? EndpointUrl;
    }

    public override string ToString() => $"profile {Name} ({NameOrigin})";
}
