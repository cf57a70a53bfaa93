using Microsoft.AspNetCore.Http;
using RoleCall.Server.Admin;
using RoleCall.Server.Errors;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// The one request delegate, routing in ARCHITECTURE.md's order and nothing else guessing: RoleCall's own
/// `/_rolecall/` endpoints; the pre-authentication routes (browser pages, SSO OIDC, the portal API); then the
/// SigV4 credential scope's service, read from the header or presigned query before the body; unsigned
/// requests by the protocol they look like. A scope naming a service serve does not offer gets one error
/// naming those it does. Endpoints answer their own errors; this catches only what escapes them.
/// </summary>
internal sealed class FrontDoorHandler(FrontDoorRoutes routes, AdminEndpoints admin)
{
    public FrontDoorRoutes Routes => routes;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.Path.StartsWithSegments(AdminEndpoints.Prefix))
        {
            await admin.HandleAsync(http);
            return;
        }

        var requestId = Guid.NewGuid().ToString();
        try
        {
            foreach (var route in routes.Routes)
            {
                if (route.Matches(request))
                {
                    await route.Handle(http);
                    return;
                }
            }

            var service = CredentialScopeReader.ServiceOf(request) ?? UnsignedRequests.ServiceFor(request, routes);
            if (routes.Find(service) is { } endpoint)
            {
                await endpoint.HandleAsync(http, requestId);
                return;
            }

            await ErrorResponses.WriteAsync(http, FrontDoorErrors.ServiceNotOffered(service, routes.Offered), requestId);
        }
        catch (Exception e) when (!http.Response.HasStarted && (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested))
        {
            // A bug in a route or endpoint: the client learns only that it was ours, never the details.
            await ErrorResponses.WriteAsync(http, ServerFaults.Unexpected(), requestId);
        }
    }
}
