using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// <see cref="IStsClient"/> over a <see cref="QueryClient"/> bound to an STS endpoint
/// (<see cref="Endpoints.EndpointResolver"/>). Optional parameters go on the wire only when set; each request is
/// first checked as botocore checks it (<see cref="StsParameterRules"/>).
/// </summary>
public sealed class StsClient : IStsClient
{
    private readonly QueryClient _query;

    public StsClient(QueryClient query)
    {
        _query = query ?? throw new ArgumentNullException(nameof(query));
    }

    /// <summary>A client for the STS endpoint <paramref name="settings"/> resolve to (EndpointResolver.SettingsFor builds them from a profile).</summary>
    public static StsClient Create(HttpClient http, Endpoints.EndpointSettings settings, QueryClientOptions? options = null) =>
        Create(new Http.HttpClientTransport(http), settings, options);

    public static StsClient Create(Http.IQueryTransport transport, Endpoints.EndpointSettings settings, QueryClientOptions? options = null) =>
        new(new QueryClient(transport, Endpoints.EndpointResolver.Resolve(settings with { ServiceId = "sts" }), options));

    public async Task<AssumeRoleResponse> AssumeRoleAsync(AwsCredentials caller, AssumeRoleRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        StsParameterRules.Check(request);
        var parameters = Build("AssumeRole")
            .Add("RoleArn", request.RoleArn)
            .Add("RoleSessionName", request.RoleSessionName)
            .AddStructureList("PolicyArns", request.PolicyArns, PolicyArnFields)
            .Add("Policy", request.Policy)
            .Add("DurationSeconds", request.DurationSeconds)
            .AddStructureList("Tags", request.Tags, TagFields)
            .AddList("TransitiveTagKeys", request.TransitiveTagKeys)
            .Add("ExternalId", request.ExternalId)
            .Add("SerialNumber", request.SerialNumber)
            .Add("TokenCode", request.TokenCode)
            .Add("SourceIdentity", request.SourceIdentity);
        var (result, requestId, read) = await Send("AssumeRole", parameters, StsShapes.AssumeRole, caller, cancellation);
        var user = read.Structure("AssumedRoleUser");
        var arn = user.Required("Arn");
        return new AssumeRoleResponse(read.Credentials(arn), new AssumedRoleUser(user.Required("AssumedRoleId"), arn),
            read.OptionalInt("PackedPolicySize"), read.Optional("SourceIdentity"), requestId, result);
    }

    public async Task<GetSessionTokenResponse> GetSessionTokenAsync(AwsCredentials caller, GetSessionTokenRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        StsParameterRules.Check(request);
        var parameters = Build("GetSessionToken")
            .Add("DurationSeconds", request.DurationSeconds)
            .Add("SerialNumber", request.SerialNumber)
            .Add("TokenCode", request.TokenCode);
        var (result, requestId, read) = await Send("GetSessionToken", parameters, StsShapes.GetSessionToken, caller, cancellation);
        return new GetSessionTokenResponse(read.Credentials(), requestId, result);
    }

    public async Task<GetCallerIdentityResponse> GetCallerIdentityAsync(AwsCredentials caller, CancellationToken cancellation = default)
    {
        var (result, requestId, read) = await Send("GetCallerIdentity", Build("GetCallerIdentity"), StsShapes.GetCallerIdentity, caller, cancellation);
        return new GetCallerIdentityResponse(read.Required("UserId"), read.Required("Account"), read.Required("Arn"), requestId, result);
    }

    public async Task<GetFederationTokenResponse> GetFederationTokenAsync(AwsCredentials caller, GetFederationTokenRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        StsParameterRules.Check(request);
        var parameters = Build("GetFederationToken")
            .Add("Name", request.Name)
            .Add("Policy", request.Policy)
            .AddStructureList("PolicyArns", request.PolicyArns, PolicyArnFields)
            .Add("DurationSeconds", request.DurationSeconds)
            .AddStructureList("Tags", request.Tags, TagFields);
        var (result, requestId, read) = await Send("GetFederationToken", parameters, StsShapes.GetFederationToken, caller, cancellation);
        var user = read.Structure("FederatedUser");
        var arn = user.Required("Arn");
        return new GetFederationTokenResponse(read.Credentials(arn), new FederatedUser(user.Required("FederatedUserId"), arn),
            read.OptionalInt("PackedPolicySize"), requestId, result);
    }

    public async Task<GetAccessKeyInfoResponse> GetAccessKeyInfoAsync(AwsCredentials caller, string accessKeyId, CancellationToken cancellation = default)
    {
        var parameters = Build("GetAccessKeyInfo").Add("AccessKeyId", accessKeyId);
        var (result, requestId, read) = await Send("GetAccessKeyInfo", parameters, StsShapes.GetAccessKeyInfo, caller, cancellation);
        return new GetAccessKeyInfoResponse(read.Required("Account"), requestId, result);
    }

    public async Task<DecodeAuthorizationMessageResponse> DecodeAuthorizationMessageAsync(AwsCredentials caller, string encodedMessage, CancellationToken cancellation = default)
    {
        var parameters = Build("DecodeAuthorizationMessage").Add("EncodedMessage", encodedMessage);
        var (result, requestId, read) = await Send("DecodeAuthorizationMessage", parameters, StsShapes.DecodeAuthorizationMessage, caller, cancellation);
        return new DecodeAuthorizationMessageResponse(read.Optional("DecodedMessage"), requestId, result);
    }

    public async Task<AssumeRoleWithWebIdentityResponse> AssumeRoleWithWebIdentityAsync(AssumeRoleWithWebIdentityRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = Build("AssumeRoleWithWebIdentity")
            .Add("RoleArn", request.RoleArn)
            .Add("RoleSessionName", request.RoleSessionName)
            .Add("WebIdentityToken", request.WebIdentityToken)
            .Add("ProviderId", request.ProviderId)
            .AddStructureList("PolicyArns", request.PolicyArns, PolicyArnFields)
            .Add("Policy", request.Policy)
            .Add("DurationSeconds", request.DurationSeconds);
        var (result, requestId, read) = await Send("AssumeRoleWithWebIdentity", parameters, StsShapes.AssumeRoleWithWebIdentity, null, cancellation);
        var user = read.Structure("AssumedRoleUser");
        var arn = user.Required("Arn");
        return new AssumeRoleWithWebIdentityResponse(read.Credentials(arn), new AssumedRoleUser(user.Required("AssumedRoleId"), arn),
            read.Optional("SubjectFromWebIdentityToken"), read.Optional("Provider"), read.Optional("Audience"),
            read.OptionalInt("PackedPolicySize"), read.Optional("SourceIdentity"), requestId, result);
    }

    private static QueryParameterBuilder Build(string action) => new(action, QueryNamespaces.StsVersion);

    // PolicyDescriptorType is a structure with one member, `arn`: botocore sends `PolicyArns.member.1.arn=A`,
    // and AWS reads a bare `PolicyArns.member.1=A` as no session policy at all (issue 16).
    private static IEnumerable<KeyValuePair<string, string?>> PolicyArnFields(string arn) => [new("arn", arn)];

    private static IEnumerable<KeyValuePair<string, string?>> TagFields(StsTag tag) => [new("Key", tag.Key), new("Value", tag.Value)];

    private async Task<(ResultStruct Result, string RequestId, StsResultReader Reader)> Send(string action, QueryParameterBuilder parameters,
        Protocol.Query.StructureShape shape, AwsCredentials? caller, CancellationToken cancellation)
    {
        var response = await _query.SendAsync(action, parameters, shape, caller, cancellation);
        return (response.Result, response.RequestId ?? string.Empty, new StsResultReader(response.Result, _query.Endpoint.Url, action));
    }
}
