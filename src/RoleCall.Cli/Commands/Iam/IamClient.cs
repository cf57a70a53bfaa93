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
        return new IamClient(new QueryClient(QueryTransports.For(session.Environment, context.Globals.TransportFor(session.Environment, session.Profile)), endpoint), credentials);
    }

    /// <summary>A client that signs with the given credentials instead of the profile's (`vault rotate`: the old key, or its MFA session).</summary>
    public static IamClient With(CommandContext context, CredentialSession session, AwsCredentials credentials)
    {
        var endpoint = EndpointResolver.Resolve(EndpointResolver.SettingsFor("iam", session.Profile, session.Environment, context.Globals.EndpointUrl));
        return new IamClient(new QueryClient(QueryTransports.For(session.Environment, context.Globals.TransportFor(session.Environment, session.Profile)), endpoint), credentials);
    }

    /// <summary>
    /// Calls <paramref name="action"/> with the command's <paramref name="parameters"/> plus, for a page of an
    /// automatically paginated call, the paging ones (Marker, MaxItems) the command did not set itself.
    /// </summary>
    public async Task<ResultStruct> CallAsync(string action, IReadOnlyList<KeyValuePair<string, string>> parameters,
        IReadOnlyDictionary<string, string>? paging, StructureShape resultShape, CancellationToken cancellation)
    {
        // Plain loops: LINQ over KeyValuePair structs is JIT-compiled at start-up, one method at a time.
        var builder = new QueryParameterBuilder(action, ApiVersion);
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            builder.Add(parameters[i].Key, parameters[i].Value);
            given.Add(parameters[i].Key);
        }

        if (paging is not null)
        {
            foreach (var name in paging.Keys)
            {
                if (!given.Contains(name))
                {
                    builder.Add(name, paging[name]);
                }
            }
        }

        var response = await _client.SendAsync(action, builder, resultShape, _credentials, cancellation);
        return response.Result;
    }
}
