using RoleCall.Cli.Commands.Sso;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;
using RoleCall.Config;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sso;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure sso [--profile P] [--no-browser] [--use-device-code]`: the AWS CLI v2's interactive SSO profile setup.</summary>
internal sealed class ConfigureSsoCommand : ICommand
{
    public string Name => "configure sso";

    public string Summary => "Configure an IAM Identity Center (SSO) profile interactively, as `aws configure sso` does";

    public string Help => """
        usage: rolecall configure sso [--profile PROFILE] [--no-browser] [--use-device-code]

        Asks what `aws configure sso` (AWS CLI v2) asks, logs in in between (as `rolecall sso login`: PKCE in
        the browser for an sso-session, the device flow with --use-device-code or the legacy form), and writes
        the same sections:

          SSO session name (Recommended): corp
          SSO start URL [None]: http://127.0.0.1:4600/start
          SSO region [None]: us-east-1
          SSO registration scopes [sso:account:access]:
          (the authorization URL, or the verification URL and code; approve in the browser)
          There are 2 AWS accounts available to you.      (a number or an account ID; Enter: the first)
          Using the account ID 210987654321
          The only role available to you is: DevOps
          Using the role name "DevOps"
          CLI default client Region [None]: us-east-1
          CLI default output format [None]: json
          CLI profile name [DevOps-210987654321]: dev

        then [profile dev] (sso_session, sso_account_id, sso_role_name, region, output) and, for a new
        session, [sso-session corp] (sso_start_url, sso_region, sso_registration_scopes). An empty session
        name writes the legacy form (sso_start_url and sso_region in the profile). With --profile (or
        AWS_PROFILE) the profile's values are the defaults and its name is not asked. Prompts go to stderr;
        answers may come from a pipe, one line each. SSO endpoints: AWS_ENDPOINT_URL_SSO and
        AWS_ENDPOINT_URL_SSO_OIDC (or AWS_ENDPOINT_URL / --endpoint-url).

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var noBrowser = context.Arguments.Flag("--no-browser");
        var useDeviceCode = context.Arguments.Flag("--use-device-code");
        context.Arguments.EnsureConsumed();
        var resolver = ConfigureServices.Resolver(context);
        var environment = AwsEnvironment.From(context.Environment);

        // As the AWS CLI v2, the profile need not exist yet: the SSO calls use no profile setting.
        var transport = QueryTransports.For(environment, context.Globals.TransportFor(environment, null));
        var sso = new SsoServices(new SsoHttpClient(transport, new SsoEndpoints(environment, context.Globals.EndpointUrl)),
            new SsoTokenCache(resolver.Paths.SsoCacheDirectory, warning => context.Error.WriteLine($"rolecall: {warning}")));
        var questions = new SsoQuestions(ConsolePrompter.For(context.Console), context.Error);
        var configuration = new SsoConfiguration(resolver, questions, context.Error, sso, context.Time);
        var profile = await configuration.RunAsync(context.Globals.Profile ?? environment.Profile,
            (request, token) => SsoLoginFlow.RunAsync(context, sso, request, noBrowser, useDeviceCode, redirectPort: 0, token), cancellation);
        await context.Out.WriteLineAsync($"\nTo use this profile, specify the profile name using --profile, as shown:\n\nrolecall s3 ls --profile {profile}");
        return 0;
    }
}
