using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Oidc;
using RoleCall.Server.Errors;
using RoleCall.Server.Http;

namespace RoleCall.Server.IdentityCenter;

/// <summary>
/// SSO OIDC on the front door's unsigned routes: POST `/client/register`, `/device_authorization` and
/// `/token`, REST-JSON bodies in and out, OAuth-shaped errors.
/// </summary>
internal sealed class OidcEndpoint(OidcService oidc)
{
    public Task RegisterAsync(HttpContext http) => RunAsync(http, args => oidc.RegisterClient(args));

    public Task DeviceAuthorizationAsync(HttpContext http) =>
        RunAsync(http, args => oidc.StartDeviceAuthorization(args, $"{http.Request.Scheme}://{http.Request.Host}"));

    public Task TokenAsync(HttpContext http) => RunAsync(http, args => oidc.CreateToken(args));

    private static async Task RunAsync(HttpContext http, Func<JsonArgs, JsonObject> operation)
    {
        var requestId = Guid.NewGuid().ToString();
        try
        {
            var request = await IncomingRequestReader.ReadAsync(http);
            var body = JsonReplies.ReadObject(request.Body, OidcErrors.InvalidRequest);
            await JsonReplies.WriteAsync(http, Run(operation, body), requestId, JsonReplies.RestJson);
        }
        catch (AwsServiceException e)
        {
            await JsonReplies.WriteOAuthErrorAsync(http, e, requestId);
        }
        catch (BadHttpRequestException e)
        {
            await JsonReplies.WriteOAuthErrorAsync(http, ServerFaults.BadRequest(e), requestId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await JsonReplies.WriteOAuthErrorAsync(http, ServerFaults.Unexpected(), requestId);
        }
    }

    private static JsonObject Run(Func<JsonArgs, JsonObject> operation, JsonObject body)
    {
        try
        {
            return operation(new JsonArgs(body));
        }
        catch (InvalidOperationException)
        {
            // JsonNode's typed reads throw this for a member of the wrong JSON type.
            throw OidcErrors.InvalidRequest("A member of the request has the wrong type.");
        }
    }
}
