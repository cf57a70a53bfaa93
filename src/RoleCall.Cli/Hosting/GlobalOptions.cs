using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Http;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// The values of the AWS CLI's global options, accepted anywhere on the command line (`--profile P`,
/// `--profile=P`, `--prof P`); each option is declared once in <see cref="GlobalOptionTable"/>.
/// Null means "not given", so precedence against environment and profile stays with the resolvers.
/// </summary>
internal sealed record GlobalOptions
{
    public string? Profile { get; init; }

    public string? Region { get; init; }

    public string? Output { get; init; }

    public string? Query { get; init; }

    public string? EndpointUrl { get; init; }

    public bool Debug { get; init; }

    public bool NoVerifySsl { get; init; }

    public bool NoPaginate { get; init; }

    public bool NoCliPager { get; init; }

    /// <summary>`--version`: print the version instead of running a command.</summary>
    public bool Version { get; init; }

    public string? Color { get; init; }

    public int? CliReadTimeout { get; init; }

    public int? CliConnectTimeout { get; init; }

    /// <summary>`--ca-bundle`: a PEM file of CA certificates to trust (over AWS_CA_BUNDLE and ca_bundle).</summary>
    public string? CaBundle { get; init; }

    /// <summary>How this command's service calls connect: these options, then the environment and profile.</summary>
    public TransportSettings TransportFor(AwsEnvironment environment, ResolvedProfile? profile) =>
        TransportSettings.Resolve(environment, profile, CaBundle, NoVerifySsl, CliConnectTimeout, CliReadTimeout, Debug ? DebugLog : null);

    /// <summary>Where `--debug` lines go (stderr), set by CliApplication for the command.</summary>
    public Action<string>? DebugLog { get; init; }
}
