using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.S3;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// The S3 side of one command: the profile's credentials (the same chain, cache and MFA prompt as every other
/// command), the S3 endpoint botocore would choose and the region `s3 mb` puts in LocationConstraint.
/// </summary>
internal sealed class S3Session
{
    private S3Session(S3Client client, AwsCredentials credentials, string region)
    {
        Client = client;
        Credentials = credentials;
        Region = region;
    }

    public S3Client Client { get; }

    public AwsCredentials Credentials { get; }

    /// <summary>The client's region (us-east-1 when none is configured, as S3's default).</summary>
    public string Region { get; }

    public static async Task<S3Session> OpenAsync(CommandContext context, CancellationToken cancellation)
    {
        var session = CredentialSession.Open(context, CredentialServices.Default.StsFactory);
        var settings = EndpointResolver.SettingsFor("s3", session.Profile, session.Environment, context.Globals.EndpointUrl);
        var endpoint = EndpointResolver.Resolve(settings);
        context.Debug($"s3 endpoint {endpoint.Url}");
        var credentials = await session.ResolveAsync(cancellation);
        var transport = QueryTransports.For(session.Environment, context.Globals.TransportFor(session.Environment, session.Profile));
        return new S3Session(new S3Client(transport, endpoint), credentials, session.Region ?? "us-east-1");
    }
}
