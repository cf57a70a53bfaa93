using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.IdentityCenter;
using RoleCall.Iam;
using RoleCall.Server.Auth;
using RoleCall.Server.Errors;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Http;

namespace RoleCall.Server.IdentityCenter;

/// <summary>
/// A JSON 1.1 service signed for <see cref="Service"/> (`identitystore`, or `sso` for sso-admin): the
/// operation comes from `X-Amz-Target` (`AWSIdentityStore.CreateUser`), the arguments from the JSON body;
/// authenticate, run through <see cref="IdentityCenterService"/> (which authorizes), answer in JSON.
/// </summary>
internal sealed class JsonRpcEndpoint(string service, IdentityCenterService identityCenter, RequestAuthenticator authenticator) : IServiceEndpoint
{
    public string Service => service;

    public async Task HandleAsync(HttpContext http, string requestId)
    {
        try
        {
            var request = await IncomingRequestReader.ReadAsync(http);
            var authentication = authenticator.Authenticate(request, service);
            var target = request.Header("X-Amz-Target") ?? throw IcErrors.Validation("Missing the X-Amz-Target header naming the operation.");
            var body = JsonReplies.ReadObject(request.Body, message => new AwsServiceException("SerializationException", message, 400));
            var info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, authentication.Region, requestId);
            var answer = identityCenter.Execute(target, authentication.Caller, info, body);
            await JsonReplies.WriteAsync(http, answer, requestId, JsonReplies.Json11);
        }
        catch (AwsServiceException e)
        {
            await JsonReplies.WriteErrorAsync(http, e, requestId, JsonReplies.Json11);
        }
        catch (BadHttpRequestException e)
        {
            await JsonReplies.WriteErrorAsync(http, ServerFaults.BadRequest(e), requestId, JsonReplies.Json11);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // A bug or a store failure: the client learns only that it was ours, never the details.
            await JsonReplies.WriteErrorAsync(http, ServerFaults.Unexpected(), requestId, JsonReplies.Json11);
        }
    }
}
