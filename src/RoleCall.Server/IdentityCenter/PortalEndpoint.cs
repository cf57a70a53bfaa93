using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.IdentityCenter.Portal;
using RoleCall.Server.Errors;

namespace RoleCall.Server.IdentityCenter;

/// <summary>
/// The access portal API, for requests carrying `x-amz-sso_bearer_token`: GET `/assignment/accounts`,
/// `/assignment/roles`, `/federation/credentials`, POST `/logout`. The token is the whole authentication.
/// </summary>
internal sealed class PortalEndpoint(PortalService portal)
{
    public const string TokenHeader = "x-amz-sso_bearer_token";

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        try
        {
            var pending = new PendingWrites();
            var answer = Route(http, pending);

            // GetRoleCredentials' session is answered only once committed, without a thread waiting for it.
            await pending.WhenDurableAsync();
            await JsonReplies.WriteAsync(http, answer, requestId, JsonReplies.RestJson);
        }
        catch (AwsServiceException e)
        {
            await JsonReplies.WriteErrorAsync(http, e, requestId, JsonReplies.RestJson);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await JsonReplies.WriteErrorAsync(http, ServerFaults.Unexpected(), requestId, JsonReplies.RestJson);
        }
    }

    private JsonObject Route(HttpContext http, PendingWrites pending)
    {
        var token = http.Request.Headers[TokenHeader].ToString();
        var query = http.Request.Query;
        var path = http.Request.Path.Value ?? "/";
        switch (http.Request.Method, path)
        {
            case ("POST", "/logout"):
                portal.Logout(token);
                return [];
            case ("GET", "/assignment/accounts"):
                return portal.ListAccounts(portal.Authenticate(token));
            case ("GET", "/assignment/roles"):
                return portal.ListAccountRoles(portal.Authenticate(token), query["account_id"]);
            case ("GET", "/federation/credentials"):
                return portal.GetRoleCredentials(portal.Authenticate(token), query["role_name"], query["account_id"], pending);
            default:
                throw PortalErrors.NotFound($"No portal operation at {http.Request.Method} {path}.");
        }
    }
}
