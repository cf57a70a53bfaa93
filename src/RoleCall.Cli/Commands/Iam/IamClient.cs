using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// The IAM side of one command: the profile's credentials (through the same chain, cache and MFA prompt as
/// every other command) and a Query client for the IAM endpoint botocore would choose.
/// </summary>
internal sealed class IamClient
{
    private const string ApiVersion = "2010-05-08";
    private readonly QueryClient _client;
    private readonly AwsCredentials _credentials;

    private IamClient(QueryClient client, AwsCredentials credentials)
    {
        _client = client;
        _credentials = credentials;
    }

    public static async Task<IamClient> OpenAsync(CommandContext context, CredentialSession session, CancellationToken cancellation)
    {
        var settings = EndpointResolver.SettingsFor("iam", session.Profile, session.Environment, context.Globals.EndpointUrl);
        var endpoint = EndpointResolver.Resolve(settings);
        context.Debug($"iam endpoint {endpoint.Url}");
        var credentials = await session.ResolveAsync(cancellation);
        return new IamClient(new QueryClient(QueryTransports.For(session.Environment), endpoint), credentials);
    }

    public async Task<ResultStruct> CallAsync(string action, IEnumerable<KeyValuePair<string, string>> parameters, StructureShape resultShape, CancellationToken cancellation)
    {
        var builder = new QueryParameterBuilder(action, ApiVersion);
        foreach (var (name, value) in parameters)
        {
            builder.Add(name, value);
        }

        var response = await _client.SendAsync(action, builder, resultShape, _credentials, cancellation);
        return response.Result;
    }
}
