using RoleCall.Credentials.Http;

namespace RoleCall.Cli.Commands.ConsoleLogin;

/// <summary>
/// Where a console sign-in URL goes: against a configured endpoint (rolecall serve) its /federation and its
/// console; against AWS the partition's sign-in and console hosts, picked by the region's prefix.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
/// </summary>
internal sealed record SigninEndpoints(HttpEndpoint Federation, string ConsoleBase)
{
    public static SigninEndpoints For(string? endpointUrl, string? region)
    {
        if (endpointUrl is not null)
        {
            var root = endpointUrl.TrimEnd('/');
            return new SigninEndpoints(HttpEndpoint.Parse(root + "/federation"), root);
        }

        var r = region ?? "us-east-1";
        return r.StartsWith("us-gov-", StringComparison.Ordinal)
            ? new SigninEndpoints(HttpEndpoint.Parse("https://signin.amazonaws-us-gov.com/federation"), "https://console.amazonaws-us-gov.com")
            : r.StartsWith("cn-", StringComparison.Ordinal)
                ? new SigninEndpoints(HttpEndpoint.Parse("https://signin.amazonaws.cn/federation"), "https://console.amazonaws.cn")
                : new SigninEndpoints(HttpEndpoint.Parse("https://signin.aws.amazon.com/federation"), "https://console.aws.amazon.com");
    }

    /// <summary>The page to land on: `--path` under the console (serve's console lives under /console).</summary>
    public string Destination(string? path, bool isServe)
    {
        var p = path ?? (isServe ? "/console" : "/");
        return ConsoleBase + (p.StartsWith('/') ? p : "/" + p);
    }
}
