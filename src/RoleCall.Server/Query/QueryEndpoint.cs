using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Server.Auth;
using RoleCall.Server.Dispatch;
using RoleCall.Server.Errors;
using RoleCall.Server.FrontDoor;
using RoleCall.Server.Http;

namespace RoleCall.Server.Query;

/// <summary>
/// IAM or STS over the Query protocol: read the (small) body, authenticate, dispatch, await the writes the
/// answer depends on (<see cref="PendingWrites"/>), XML. Every failure
/// becomes AWS's Query error XML here; nothing below catches broadly.
/// </summary>
internal sealed class QueryEndpoint(string service, IIamService iam, RequestAuthenticator authenticator) : IServiceEndpoint
{
    private readonly ActionDispatcher _dispatcher = new(iam);

    public string Service => service;

    public async Task HandleAsync(HttpContext http, string requestId)
    {
        var errorService = service;
        try
        {
            var request = await IncomingRequestReader.ReadAsync(http);
            errorService = ServiceNames.Guess(request, service);
            var authentication = authenticator.Authenticate(request, service);
            errorService = authentication.Service;
            var pending = new PendingWrites();
            var info = new RequestInfo(http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, authentication.Region, requestId) { Pending = pending };
            var (query, result) = _dispatcher.Dispatch(authentication, request, info);

            // Issued sessions are answered only once committed; the thread serves other requests meanwhile.
            await pending.WhenDurableAsync();
            await ResponseWriter.WriteSuccessAsync(http, query, result, requestId);
        }
        catch (AwsServiceException e)
        {
            await ResponseWriter.WriteErrorAsync(http, errorService, e, requestId);
        }
        catch (BadHttpRequestException e)
        {
            await ResponseWriter.WriteErrorAsync(http, errorService, ServerFaults.BadRequest(e), requestId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // A bug or a store failure: the client learns only that it was ours, never the details.
            await ResponseWriter.WriteErrorAsync(http, errorService, ServerFaults.Unexpected(), requestId);
        }
    }
}
