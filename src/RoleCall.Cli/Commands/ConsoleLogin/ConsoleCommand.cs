using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;

namespace RoleCall.Cli.Commands.ConsoleLogin;

/// <summary>`rolecall console [PROFILE] [--path P] [--print-url]`: opens the console signed in as the profile.</summary>
internal sealed class ConsoleCommand(CredentialServices services) : ICommand
{
    public string Name => "console";

    public string Summary => "open the AWS (or rolecall serve) console signed in as a profile";

    public string Help => """
        usage: rolecall console [PROFILE] [--path PATH] [--print-url] [--mfa-code CODE]

        Builds a console sign-in URL for the profile's credentials and opens it in the default browser
        (xdg-open, open, start), or prints it with --print-url. Role and SSO sessions sign in directly;
        IAM user keys go through GetFederationToken first, as aws-vault does. Against AWS the URL uses the
        partition's sign-in host (aws, aws-us-gov, aws-cn); against a configured endpoint (rolecall serve)
        that endpoint's /federation. The URL signs in whoever opens it within 15 minutes: treat it as a secret.

        examples:
          rolecall console --profile prod
          rolecall console prod --path /console/iam/roles --print-url
        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var path = context.Arguments.Option("--path");
        var print = context.Arguments.Flag("--print-url");
        var mfaCode = context.Arguments.Option("--mfa-code");
        var profile = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();

        var session = CredentialSession.Open(context, services.StsFactory, profile, mfaCode);
        // The STS client is made only for long-term keys (GetFederationToken): a role or SSO session needs none.
        var credentials = await ConsoleUrlBuilder.TemporaryAsync(await session.ResolveAsync(cancellation), () => session.Sts, cancellation);
        var settings = EndpointResolver.SettingsFor("sts", session.Profile, session.Environment, context.Globals.EndpointUrl);
        var endpoint = settings.ExplicitEndpointUrl ?? settings.ConfiguredEndpointUrl;
        var endpoints = SigninEndpoints.For(endpoint, session.Region);
        var transport = QueryTransports.For(session.Environment, context.Globals.TransportFor(session.Environment, session.Profile));
        var url = await ConsoleUrlBuilder.BuildAsync(credentials, endpoints, endpoints.Destination(path, endpoint is not null), transport, cancellation);
        if (print || !BrowserOpener.TryOpen(url))
        {
            await context.Out.WriteLineAsync(url);
        }

        return ExitCodes.Success;
    }
}
