using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Iam.Sts.Clock;
using RoleCall.Server.Admin;
using RoleCall.Server.Auth;
using RoleCall.Server.Dispatch;
using RoleCall.Server.Errors;

namespace RoleCall.Server.Http;

/// <summary>
/// The one request delegate: RoleCall's own endpoints, else HTTP -> authenticate -> dispatch -> XML. Every
/// failure becomes AWS's error XML here and only here; nothing else in the server catches broadly.
/// </summary>
internal sealed class RequestPipeline(IIamService iam, ServiceClock clock, bool devClock)
{
    private readonly RequestAuthenticator _authenticator = new(iam, clock);
    private readonly ActionDispatcher _dispatcher = new(iam);
    private readonly AdminEndpoints _admin = new(clock, devClock);

    public async Task HandleAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments(AdminEndpoints.Prefix))
        {
            await _admin.HandleAsync(http);
            return;
        }

        var requestId = Guid.NewGuid().ToString();
        var service = ServiceNames.Iam;
        try
        {
            var request = await IncomingRequestReader.ReadAsync(http);
            service = ServiceNames.Guess(request);
            var authentication = _authenticator.Authenticate(request);
            service = authentication.Service;
            var info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, authentication.Region, requestId);
            var (query, result) = _dispatcher.Dispatch(authentication, request, info);
            await ResponseWriter.WriteSuccessAsync(http, query, result, requestId);
        }
        catch (AwsServiceException e)
        {
            await ResponseWriter.WriteErrorAsync(http, service, e, requestId);
        }
        catch (BadHttpRequestException e)
        {
            await ResponseWriter.WriteErrorAsync(http, service, ServerFaults.BadRequest(e), requestId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // A bug or a store failure: the client learns only that it was ours, never the details.
            await ResponseWriter.WriteErrorAsync(http, service, ServerFaults.Unexpected(), requestId);
        }
    }
}
