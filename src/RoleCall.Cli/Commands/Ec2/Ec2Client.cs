using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Ec2;

/// <summary>
/// The EC2 side of one command: the profile's credentials (the same chain, cache and MFA prompt as every
/// command) and a Query client for the regional EC2 endpoint, reading responses with the EC2 codec the
/// server writes them with. EC2 is regional: without a region it fails as the AWS CLI does.
/// </summary>
internal sealed class Ec2Client
{
    private readonly QueryClient _client;
    private readonly AwsCredentials _credentials;

    private Ec2Client(QueryClient client, AwsCredentials credentials)
    {
        _client = client;
        _credentials = credentials;
    }

    public static async Task<Ec2Client> OpenAsync(CommandContext context, CredentialSession session, CancellationToken cancellation)
    {
        var settings = EndpointResolver.SettingsFor("ec2", session.Profile, session.Environment, context.Globals.EndpointUrl);
        // Without a region this is botocore's NoRegionError, in the AWS CLI's form.
        var endpoint = EndpointResolver.Resolve(settings);
        context.Debug($"ec2 endpoint {endpoint.Url}");
        var credentials = await session.ResolveAsync(cancellation);
        var transport = QueryTransports.For(session.Environment, context.Globals.TransportFor(session.Environment, session.Profile));
        return new Ec2Client(new QueryClient(transport, endpoint), credentials);
    }

    /// <summary>Calls <paramref name="action"/> with the command's parameters plus, for a page of a paginated call, the paging ones it did not set.</summary>
    public async Task<ResultStruct> CallAsync(string action, IReadOnlyList<KeyValuePair<string, string>> parameters,
        IReadOnlyDictionary<string, string>? paging, StructureShape resultShape, CancellationToken cancellation)
    {
        var builder = new QueryParameterBuilder(action, Ec2Api.Version);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            builder.Add(name, value);
            given.Add(name);
        }

        foreach (var (name, value) in paging ?? new Dictionary<string, string>())
        {
            if (!given.Contains(name))
            {
                builder.Add(name, value);
            }
        }

        var response = await _client.SendAsync(action, builder, body => Ec2XmlReader.ReadSuccess(body, action, resultShape), _credentials, cancellation);
        return response.Result;
    }
}
