using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Handlers;

/// <summary>Everything one request hands a handler: who calls, what was asked, request facts and the shared services.</summary>
public sealed class ActionContext(Caller caller, QueryRequest request, RequestInfo info, IamRuntime runtime)
{
    public Caller Caller { get; } = caller;

    public QueryRequest Request { get; } = request;

    public RequestInfo Info { get; } = info;

    public IamRuntime Runtime { get; } = runtime;

    public IIamStore Store => Runtime.Store;

    /// <summary>The request's time, read once so every timestamp of one action agrees.</summary>
    public DateTimeOffset Now { get; } = runtime.Clock.GetUtcNow();

    /// <summary>The caller's account: IAM actions always act in it.</summary>
    public string AccountId => Caller.AccountId;

    public ParameterReader Parameters { get; } = new(request.Parameters);
}
