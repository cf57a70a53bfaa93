using RoleCall.Iam;
using RoleCall.Iam.Sts.Clock;
using RoleCall.Server.Accounts;
using RoleCall.Server.Admin;
using RoleCall.Server.Auth;
using RoleCall.Server.Ec2;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Http;
using RoleCall.Server.IdentityCenter;
using RoleCall.Server.Query;
using RoleCall.Server.S3;
using RoleCall.Web;
using RoleCall.Web.Portal;

namespace RoleCall.Server.Hosting;

/// <summary>
/// The one place that says what `rolecall serve` answers: one line per signed service (by credential-scope
/// name) and one per pre-authentication route (browser pages, SSO OIDC, the portal API). A service or page
/// is offered exactly when it is listed here; the front door names the listed services in its error for others.
/// </summary>
internal static class ServiceComposition
{
    public static FrontDoorHandler Compose(ServiceBackend backend, ServiceClock clock, LocalServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(options);
        var query = new RequestAuthenticator(backend.Service, clock);
        IServiceEndpoint[] endpoints =
        [
            new S3Endpoint(backend.S3, new RequestAuthenticator(backend.Service, clock, S3Endpoint.Signing), new SigV2Presign(backend.Service, clock)),
            new Ec2Endpoint(backend.Ec2, backend.Iam.Access, query),
            new JsonRpcEndpoint("identitystore", backend.IdentityCenter, query),
            new JsonRpcEndpoint("sso", backend.IdentityCenter, query), // sso-admin signs as "sso"
        ];
        var oidc = new OidcEndpoint(backend.IdentityCenter.Oidc);
        var console = backend.Own(new ConsoleApp(backend.Iam, clock));
        var portal = backend.Own(new PortalApp(backend.IdentityCenter, console, clock));
        PreAuthRoute[] routes =
        [
            // The portal API first: its `/federation/credentials` shares a prefix with the console's `/federation`.
            PreAuthRoute.Header(PortalEndpoint.TokenHeader, new PortalEndpoint(backend.IdentityCenter.Portal).HandleAsync),
            .. ConsoleApp.Prefixes.Select(prefix => PreAuthRoute.Path(prefix, console.HandleAsync)),
            PreAuthRoute.Post("/client/register", oidc.RegisterAsync),
            PreAuthRoute.Post("/device_authorization", oidc.DeviceAuthorizationAsync),
            PreAuthRoute.Post("/token", oidc.TokenAsync),
            .. PortalApp.Prefixes.Select(prefix => PreAuthRoute.Path(prefix, portal.HandleAsync)),
            PreAuthRoute.Path("/device", new DevicePage(backend.IdentityCenter.Oidc, backend.IdentityCenter.Users).HandleAsync),
        ];
        return Build(backend.Service, clock, options.DevClock, endpoints, routes);
    }

    /// <summary>IAM and STS alone, over any <see cref="IIamService"/> (the server tests' fake).</summary>
    public static FrontDoorHandler QueryOnly(IIamService iam, ServiceClock clock, bool devClock) =>
        Build(iam, clock, devClock, [], []);

    private static FrontDoorHandler Build(IIamService iam, ServiceClock clock, bool devClock, IServiceEndpoint[] endpoints, PreAuthRoute[] routes)
    {
        var query = new RequestAuthenticator(iam, clock);
        IServiceEndpoint[] all =
        [
            new QueryEndpoint(ServiceNames.Iam, iam, query),
            new QueryEndpoint(ServiceNames.Sts, iam, query),
            .. endpoints,
        ];
        return new FrontDoorHandler(new FrontDoorRoutes(all, routes), new AdminEndpoints(clock, devClock));
    }
}
