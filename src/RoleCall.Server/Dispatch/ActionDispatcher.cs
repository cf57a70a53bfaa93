using RoleCall.Iam;
using RoleCall.Protocol.Query;
using RoleCall.Server.Auth;
using RoleCall.Server.Http;

namespace RoleCall.Server.Dispatch;

/// <summary>
/// An authenticated request -> <see cref="QueryRequest"/> -> <see cref="IIamService.Execute"/>. The IAM
/// service owns the action table (and answers InvalidAction for names it does not know); the dispatcher only
/// insists that there is an action, and keeps SigV4's own query parameters out of the action's parameters.
/// </summary>
internal sealed class ActionDispatcher(IIamService iam)
{
    public (QueryRequest Query, ResultStruct? Result) Dispatch(Authentication authentication, IncomingRequest request, RequestInfo info)
    {
        var query = ToQueryRequest(authentication.Service, request.Parameters);
        return (query, iam.Execute(authentication.Caller, query, info));
    }

    public static QueryRequest ToQueryRequest(string service, Dictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("Action", out var action) || action.Length == 0)
        {
            throw DispatchErrors.MissingAction();
        }

        var version = parameters.GetValueOrDefault("Version") ?? (service == ServiceNames.Sts ? ServiceNames.StsVersion : ServiceNames.IamVersion);
        var actionParameters = new Dictionary<string, string>(parameters.Count, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (name is not ("Action" or "Version") && !name.StartsWith("X-Amz-", StringComparison.Ordinal))
            {
                actionParameters[name] = value;
            }
        }

        return new QueryRequest(service, action, version, actionParameters);
    }
}
