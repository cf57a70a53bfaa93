using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sso;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// `rolecall sso cli-v2-data DIR --endpoint-url URL`: writes the AWS_DATA_PATH directory that points the AWS CLI v2
/// (2.9 ignores AWS_ENDPOINT_URL_SSO) at serve for `aws sso login` and `aws configure sso`, and prints the export line.
/// </summary>
internal sealed class SsoCliV2DataCommand : ICommand
{
    public string Name => "sso cli-v2-data";

    public string Summary => "write an AWS_DATA_PATH directory that sends the AWS CLI v2's SSO calls to serve";

    public string Help => """
        usage: rolecall sso cli-v2-data DIR [--endpoint-url URL]

        The AWS CLI v2 2.9 ignores AWS_ENDPOINT_URL_SSO and AWS_ENDPOINT_URL_SSO_OIDC, but reads each
        service's endpoint ruleset from AWS_DATA_PATH before its own. This writes DIR/sso/2019-06-10 and
        DIR/sso-oidc/2019-06-10/endpoint-rule-set-1.json, whose only rule is the endpoint (--endpoint-url,
        else AWS_ENDPOINT_URL_SSO, else AWS_ENDPOINT_URL), and prints the line to use it:

          eval "$(rolecall sso cli-v2-data ~/.rolecall/aws-data --endpoint-url http://127.0.0.1:4600)"
          aws configure sso        # or: aws sso login --profile dev

        STS and other services still need --endpoint-url on the AWS CLI v2's command line.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.Arguments.Positional()
            ?? throw new ConfigurationException("sso cli-v2-data: the directory to write is missing", "rolecall sso cli-v2-data DIR --endpoint-url http://127.0.0.1:4600");
        context.Arguments.EnsureConsumed();
        var environment = AwsEnvironment.From(context.Environment);
        var endpoint = context.Globals.EndpointUrl ?? environment.Get("AWS_ENDPOINT_URL_SSO") ?? environment.EndpointUrl
            ?? throw new ConfigurationException("sso cli-v2-data: no endpoint to point the AWS CLI v2 at", "add --endpoint-url http://127.0.0.1:4600 (serve's URL)");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ConfigurationException($"sso cli-v2-data: '{endpoint}' is not an http(s) URL", "give serve's URL, such as http://127.0.0.1:4600");
        }

        var full = Path.GetFullPath(environment.Get("HOME") is { } home && directory.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, directory[2..]) : directory);
        foreach (var file in CliV2EndpointData.Write(full, uri))
        {
            context.Debug($"wrote {file}");
        }

        context.Out.WriteLine($"export AWS_DATA_PATH='{full.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        return Task.FromResult(ExitCodes.Success);
    }
}
