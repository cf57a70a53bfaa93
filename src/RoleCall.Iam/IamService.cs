using System.Collections.Concurrent;
using RoleCall.Core.Errors;
using RoleCall.Iam.Access;
using RoleCall.Iam.Federation;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Policies;
using RoleCall.Iam.SignIn;
using RoleCall.Iam.Store;
using RoleCall.Protocol.Operations;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam;

/// <summary>
/// The IAM/STS application service behind `rolecall serve`: resolves signing keys, and runs each action by
/// (service, action) -> handler, authorizing it first. Mutating actions run one at a time so quota and
/// uniqueness checks cannot race; reads run concurrently.
/// </summary>
public sealed class IamService : IIamService
{
    // GetAccessKeyLastUsed is recorded at most once a minute per key so reads stay free of writes.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly ActionRegistry registry;
    private readonly IRequestAuthorizer authorizer;
    private readonly WriteGate writeGate;
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastUseRecorded = new(StringComparer.Ordinal);
    private readonly AccountBootstrap accounts;

    /// <summary>The service over a store; <paramref name="authorizer"/> replaces the policy-enforcing one (tests only).</summary>
    public IamService(IIamStore store, TimeProvider clock, IPolicyDocumentChecker? policyChecker = null, IRequestAuthorizer? authorizer = null)
    {
        Runtime = new IamRuntime(store, clock, policyChecker);
        registry = new ActionRegistry(HandlerCatalog.All());
        this.authorizer = authorizer ?? HandlerCatalog.Authorizer(Runtime);
        accounts = new AccountBootstrap(Runtime);
        writeGate = new WriteGate(store);
        SignIn = new ConsoleSignIn(Runtime, writeGate);
        Access = new AccessAuthorizer(Runtime);
        ReservedRoles = new ReservedRoles(Runtime, writeGate);
    }

    /// <summary>The console's password and MFA sign-in over the same store.</summary>
    public ConsoleSignIn SignIn { get; }

    public IamRuntime Runtime { get; }

    public ActionRegistry Registry => registry;

    /// <summary>The authorization API other services (S3, EC2, ...) call: the same engine over the same store.</summary>
    public IAccessAuthorizer Access { get; }

    /// <summary>Identity Center's protected roles and their portal sessions, under this service's write lock.</summary>
    public ReservedRoles ReservedRoles { get; }

    public SigningKey? FindSigningKey(string accessKeyId) => SigningKeys.Find(Runtime, accessKeyId);

    public ResultStruct? Execute(Caller caller, QueryRequest request, RequestInfo info)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var handler = registry.Find(request.Service, request.Action)
            ?? throw UnknownAction(request);
        ListMemberRules.Check(request.Parameters);
        var context = new ActionContext(caller, request, info, Runtime);
        var resourceArn = handler.ResourceArn(context);
        authorizer.Authorize(context, handler, resourceArn);
        if (handler.Mutates && request.Service == "iam" && ReservedRoles.IsProtected(resourceArn))
        {
            throw ReservedRoles.Unmodifiable(resourceArn); // Identity Center owns these roles
        }

        RecordKeyUse(caller, request.Service, info?.Region, context.Now);
        if (!handler.Mutates)
        {
            return handler.Execute(context);
        }

        using (writeGate.Enter())
        {
            return handler.Execute(context);
        }
    }

    /// <summary>
    /// Creates an account (idempotent) and makes sure it has a root key: the given one when both parts are
    /// passed (added if missing), else its existing first root key, else a generated one (Generated = true).
    /// </summary>
    public RootCredentials CreateAccount(string accountId, string? rootAccessKeyId = null, string? rootSecretAccessKey = null)
    {
        using (writeGate.Enter())
        {
            return accounts.Ensure(accountId, rootAccessKeyId, rootSecretAccessKey);
        }
    }

    /// <summary>
    /// Sets the account's root console password: the given one, else (when it has none yet) a generated one,
    /// returned so the server prints it once. Null when nothing was generated.
    /// </summary>
    public string? EnsureRootPassword(string accountId, string? password)
    {
        using (writeGate.Enter())
        {
            return SignIn.EnsureRootPassword(accountId, password);
        }
    }

    private void RecordKeyUse(Caller caller, string service, string? region, DateTimeOffset now)
    {
        if (caller.IsTemporary || !caller.AccessKeyId.StartsWith("AKIA", StringComparison.Ordinal))
        {
            return;
        }

        if (lastUseRecorded.TryGetValue(caller.AccessKeyId, out var last) && now - last < LastUsedResolution)
        {
            return;
        }

        lastUseRecorded[caller.AccessKeyId] = now;

        // Read-modify-write of the key record: under the write lock, so it cannot undo a concurrent
        // UpdateAccessKey (e.g. turn a just-deactivated key active again).
        using (writeGate.Enter())
        {
            var key = Runtime.Store.FindAccessKey(caller.AccessKeyId);
            if (key is not null)
            {
                Runtime.Store.SaveAccessKey(key with { LastUsedDate = now, LastUsedService = service, LastUsedRegion = region });
            }
        }
    }

    /// <summary>AWS's words for a name the service does not have; a sentence naming serve for an AWS operation serve does not implement.</summary>
    private static AwsServiceException UnknownAction(QueryRequest request) => AwsOperationNames.Exists(request.Service, request.Action)
        ? new("InvalidAction", $"rolecall serve does not implement the {request.Service.ToUpperInvariant()} action {request.Action}; docs/readme/iam.md lists the actions it answers.", 400)
        : new("InvalidAction", $"Could not find operation {request.Action} for version {request.Version}", 400);
}
