using RoleCall.Cli.Commands.Vault;
using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Providers;
using RoleCall.Credentials.Sso;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// The client side of one command: the selected profile, its provider graph (cached, MFA-aware) and the STS
/// client for it. Every command that needs credentials opens one; the chain itself is decided in
/// <see cref="CredentialChainBuilder"/>.
/// </summary>
internal sealed class CredentialSession
{
    private readonly Lazy<IStsClient> _sts;

    private CredentialSession(CommandContext context, IStsClientFactory factory, string? profileName, string? mfaCode)
    {
        Environment = AwsEnvironment.From(context.Environment);
        Paths = AwsPaths.From(Environment);
        Resolver = new ProfileResolver(Environment, Paths);
        Profile = Resolver.Resolve(profileName ?? context.Globals.Profile, context.Globals.Region);
        _sts = new Lazy<IStsClient>(() => factory.Create(Profile, Environment, context.Globals.EndpointUrl, context.Globals.TransportFor(Environment, Profile)));
        Cache = new FileCredentialCache(Paths.CliCacheDirectory, warning => context.Error.WriteLine($"rolecall: {warning}"));
        Services = new ChainServices(
            new LazyStsClient(_sts),
            TerminalMfa.For(context, mfaCode),
            Cache,
            context.Time,
            Paths.ExpandPath,
            context.Environment,
            new VaultStore(() => VaultAccess.Open(context).Backend, context.Time),
            SsoFor(context));
        Builder = CredentialChainBuilder.For(Resolver, Services);
        _debug = context.Debug;
    }

    private readonly Action<string> _debug;

    public AwsEnvironment Environment { get; }

    /// <summary>IAM Identity Center for SSO profiles: the profile's endpoint settings and the shared token cache.</summary>
    public SsoServices SsoFor(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = new LazySsoClient(() => new SsoHttpClient(
            QueryTransports.For(Environment, context.Globals.TransportFor(Environment, Profile)),
            new SsoEndpoints(Environment, context.Globals.EndpointUrl ?? Profile.EndpointUrl)));
        return new SsoServices(client, new SsoTokenCache(Paths.SsoCacheDirectory, warning => context.Error.WriteLine($"rolecall: {warning}")));
    }

    public AwsPaths Paths { get; }

    public ProfileResolver Resolver { get; }

    public ResolvedProfile Profile { get; }

    public FileCredentialCache Cache { get; }

    public ChainServices Services { get; }

    public CredentialChainBuilder Builder { get; }

    /// <summary>The STS client bound to the profile's region and endpoint.</summary>
    public IStsClient Sts => _sts.Value;

    /// <summary>The region the profile resolves to (us-east-1 when none, as STS's global default).</summary>
    public string? Region => Profile.Region?.Value;

    /// <summary>
    /// Opens the session for <paramref name="profileName"/> (a positional PROFILE; it counts as --profile) or
    /// the global --profile / AWS_PROFILE.
    /// </summary>
    public static CredentialSession Open(CommandContext context, IStsClientFactory factory, string? profileName = null, string? mfaCode = null) =>
        new(context, factory, profileName, mfaCode);

    public ICredentialProvider Provider() => Builder.Build(Profile);

    /// <summary>
    /// The credentials for a call to STS, in botocore's order: the chain runs first (an MFA prompt, an
    /// AssumeRole), then the STS client is made, and only then is "no credentials anywhere" reported. So without
    /// a region (where STS needs one) and without credentials, the AWS CLI says "You must specify a region", and
    /// so does this.
    /// </summary>
    public async Task<AwsCredentials> ResolveForStsAsync(CancellationToken cancellation)
    {
        try
        {
            return await ResolveAsync(cancellation);
        }
        catch (NoCredentialsException)
        {
            _ = Sts;
            throw;
        }
    }

    /// <summary>Resolves the profile's credentials; a network failure after the client's retries gets a hint.</summary>
    public async Task<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        try
        {
            var provider = Provider();
            var credentials = await provider.ResolveAsync(cancellation);

            // botocore's "Found credentials in ..." line: which source the chain chose (never the keys).
            _debug($"Found credentials for profile {Profile.Name} from {provider.Method} (access key ID ending {credentials.AccessKeyId[^Math.Min(4, credentials.AccessKeyId.Length)..]})");
            return credentials;
        }
        // A filter, not `catch (HttpRequestException)`: a typed catch clause loads System.Net.Http (and
        // System.Net.Primitives) when the method starts, which a cached `rolecall env` never needs (issue 12).
        catch (Exception e) when (e is HttpRequestException)
        {
            throw CredentialErrors.Unreachable("getting credentials", Profile.Name, e);
        }
    }
}
