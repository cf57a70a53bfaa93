using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Ec2.Service;
using RoleCall.Iam;
using RoleCall.Iam.Access;
using RoleCall.Protocol.SigV4;
using RoleCall.Server.Auth;
using RoleCall.Server.Dispatch;
using RoleCall.Server.Errors;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Http;

namespace RoleCall.Server.Ec2;

/// <summary>
/// EC2 over the EC2 Query protocol, for requests signed for `ec2`: read the small form body, authenticate,
/// hand the action to <see cref="Ec2Service"/> with the policy engine bound to the caller and the region of
/// the signature's scope, and answer in EC2's XML; every failure in EC2's error shape.
/// </summary>
internal sealed class Ec2Endpoint(Ec2Service ec2, IAccessAuthorizer access, RequestAuthenticator authenticator) : IServiceEndpoint
{
    public string Service => "ec2";

    public async Task HandleAsync(HttpContext http, string requestId)
    {
        try
        {
            var request = await IncomingRequestReader.ReadAsync(http);
            var signed = new SigV4IncomingRequest(request.Method, request.RawPath, request.RawQuery, PayloadHash.Of(request.Body));
            var result = authenticator.TryAuthenticate(signed, request.Headers);
            var authentication = result.Authentication ?? throw Ec2AuthErrors.From(result);
            var query = ActionDispatcher.ToQueryRequest(Service, request.Parameters);
            var info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, authentication.Region, requestId);
            var call = new Ec2Call(authentication.Caller.AccountId, authentication.Region, query.Action, query.Parameters,
                new Ec2AccessAdapter(access, authentication.Caller, info));
            await Ec2Responses.WriteSuccessAsync(http, query.Action, ec2.Execute(call), requestId);
        }
        catch (AwsServiceException e)
        {
            await Ec2Responses.WriteErrorAsync(http, e, requestId);
        }
        catch (BadHttpRequestException e)
        {
            await Ec2Responses.WriteErrorAsync(http, ServerFaults.BadRequest(e), requestId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // A bug or a store failure: the client learns only that it was ours, never the details.
            await Ec2Responses.WriteErrorAsync(http, ServerFaults.Unexpected(), requestId);
        }
    }
}
