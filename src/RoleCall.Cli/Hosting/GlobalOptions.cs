namespace RoleCall.Cli.Hosting;

/// <summary>
/// The AWS CLI's global options, accepted anywhere on the command line (`--profile P` or `--profile=P`).
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

    public string? Color { get; init; }

    public int? CliReadTimeout { get; init; }

    public int? CliConnectTimeout { get; init; }
}
