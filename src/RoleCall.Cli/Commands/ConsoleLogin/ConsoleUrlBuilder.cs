using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.ConsoleLogin;

/// <summary>
/// Temporary credentials -> a console sign-in URL, as aws-vault's login does: long-term keys first become a
/// GetFederationToken session (the federation endpoint signs in only temporary credentials), then
/// getSigninToken (POSTed, so the secret never sits in a URL), then the login URL with the token.
/// </summary>
internal static class ConsoleUrlBuilder
{
    /// <summary>A federated session may do what the user may: the policy only caps it at the user's own permissions.</summary>
    private const string AllowAll = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    public static Task<AwsCredentials> TemporaryAsync(AwsCredentials credentials, Func<IStsClient> sts, CancellationToken cancellation) =>
        credentials.IsTemporary ? Task.FromResult(credentials) : FederatedAsync(credentials, sts(), cancellation);

    private static async Task<AwsCredentials> FederatedAsync(AwsCredentials credentials, IStsClient sts, CancellationToken cancellation)
    {
        var federated = await sts.GetFederationTokenAsync(credentials, new GetFederationTokenRequest("rolecall-console") { Policy = AllowAll }, cancellation);
        return federated.Credentials;
    }

    public static async Task<string> BuildAsync(AwsCredentials session, SigninEndpoints endpoints, string destination, IQueryTransport transport, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes($"Action=getSigninToken&Session={PercentEncoding.Encode(SessionJson(session))}");
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", endpoints.Federation.Authority),
            new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        };
        var response = await endpoints.Federation.PostAsync(transport, headers, body, cancellation);
        if (!response.IsSuccess)
        {
            throw new ConfigurationException($"console: the federation endpoint {endpoints.Federation} refused the session (HTTP {response.Status}): {response.Body.Trim()}",
                "sign-in works for role, SSO and IAM user sessions; a session reached by role chaining cannot sign in");
        }

        var token = SigninToken(response.Body) ?? throw new ConfigurationException(
            $"console: the federation endpoint {endpoints.Federation} answered without a SigninToken: {response.Body.Trim()}", "check that the endpoint is AWS's sign-in service or rolecall serve");
        return $"{endpoints.Federation}?Action=login&Issuer=rolecall&Destination={PercentEncoding.Encode(destination)}&SigninToken={PercentEncoding.Encode(token)}";
    }

    // Written and read by the hand-made JSON codecs the credential cache uses: loading System.Text.Json cost
    // this short-lived command more than the rest of its work. An array, not a collection expression: that
    // would be a compiler-made read-only list over KeyValuePair, compiled at run time (three methods).
    private static string SessionJson(AwsCredentials session) => PythonJson.Dumps(new KeyValuePair<string, object>[]
    {
        new("sessionId", session.AccessKeyId),
        new("sessionKey", session.SecretAccessKey),
        new("sessionToken", session.SessionToken!),
    });

    private static string? SigninToken(string body)
    {
        try
        {
            return CacheJsonReader.Parse(body) is Dictionary<string, object?> answer && answer.GetValueOrDefault("SigninToken") is string token ? token : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
