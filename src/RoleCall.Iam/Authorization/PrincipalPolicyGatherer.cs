using RoleCall.Core.Identity;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// Reads a caller's policies from the store at request time, so a policy detached from a role stops
/// applying to its live sessions at once. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
/// </summary>
internal static class PrincipalPolicyGatherer
{
    private static readonly Lazy<CompiledPolicy> RootEverything = new(() => PolicyEngine.Compile(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", PolicyKind.Identity, "account-root")!);

    public static PrincipalPolicies Gather(IamRuntime runtime, Caller caller)
    {
        var session = caller.Session;
        switch (caller.Kind)
        {
            case PrincipalKind.User:
                return ForUser(runtime, FindUserByArn(runtime, caller.Arn), null);
            case PrincipalKind.AssumedRole:
                return ForRoleSession(runtime, caller);
            case PrincipalKind.FederatedUser:
                // A federated user has the issuing user's permissions narrowed by the session policies: none given, none granted.
                var sessionPolicies = SessionPolicies(session);
                var tags = SessionTags(session);
                if (session?.IssuedBy is { } by && by.EndsWith(":root", StringComparison.Ordinal))
                {
                    // Issued by root: everything in the account, so the session policies alone decide.
                    return new PrincipalPolicies([RootEverything.Value], null, sessionPolicies ?? [], tags);
                }

                var issuer = session?.IssuedBy is { } userArn ? FindUserByArn(runtime, userArn) : null;
                return issuer is null
                    ? new PrincipalPolicies([], null, sessionPolicies ?? [], tags)
                    : ForUser(runtime, issuer, sessionPolicies ?? []) with { PrincipalTags = tags };
            default:
                return PrincipalPolicies.None;
        }
    }

    public static IamUser? FindUserByArn(IamRuntime runtime, string arn) =>
        Arn.TryParse(arn, out var parsed) && parsed.Value.ResourceType == "user"
            ? runtime.Store.FindEntity(parsed.Value.Account, EntityKind.User, parsed.Value.ResourceName) as IamUser
            : null;

    /// <summary>A user's own inline + attached policies and those of every group it belongs to, and its boundary.</summary>
    public static PrincipalPolicies ForUser(IamRuntime runtime, IamUser? user, IReadOnlyList<CompiledPolicy>? sessionPolicies)
    {
        if (user is null)
        {
            return PrincipalPolicies.None;
        }

        var identity = new List<CompiledPolicy>();
        AddEntityPolicies(runtime, user, identity);
        foreach (var groupId in user.GroupIds)
        {
            if (runtime.Store.FindEntityById(groupId) is IamGroup group)
            {
                AddEntityPolicies(runtime, group, identity);
            }
        }

        var tags = user.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase);
        return new PrincipalPolicies(identity, Boundary(runtime, user.PermissionsBoundaryArn), sessionPolicies, tags);
    }

    /// <summary>The role's policies now, the session's policies as issued, the role's boundary; session tags override role tags.</summary>
    private static PrincipalPolicies ForRoleSession(IamRuntime runtime, Caller caller)
    {
        var roleId = caller.UserId.Split(':', 2)[0];
        if (runtime.Store.FindEntityById(roleId) is not IamRole role)
        {
            // The role was deleted: its sessions keep authenticating but are allowed nothing.
            return PrincipalPolicies.None;
        }

        var identity = new List<CompiledPolicy>();
        AddEntityPolicies(runtime, role, identity);
        var tags = role.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in SessionTags(caller.Session))
        {
            tags[key] = value;
        }

        return new PrincipalPolicies(identity, Boundary(runtime, role.PermissionsBoundaryArn), SessionPolicies(caller.Session), tags);
    }

    private static void AddEntityPolicies(IamRuntime runtime, IamEntity entity, List<CompiledPolicy> into)
    {
        var owner = $"{IamEntity.ArnType(entity.Kind)}/{entity.Name}";
        foreach (var inline in entity.InlinePolicies)
        {
            Add(into, PolicyEngine.Compile(inline.Document, PolicyKind.Identity, $"{owner}/{inline.Name}"));
        }

        foreach (var arn in entity.AttachedPolicyArns)
        {
            if (ManagedPolicyDocuments.Find(runtime, arn) is { } document)
            {
                Add(into, PolicyEngine.Compile(document, PolicyKind.Identity, arn));
            }
        }
    }

    private static CompiledPolicy? Boundary(IamRuntime runtime, string? boundaryArn) =>
        boundaryArn is not null && ManagedPolicyDocuments.Find(runtime, boundaryArn) is { } document
            ? PolicyEngine.Compile(document, PolicyKind.Boundary, boundaryArn)
            : null;

    /// <summary>Null when the session has no session policies (role sessions keep the role's permissions).</summary>
    private static List<CompiledPolicy>? SessionPolicies(SessionContext? session)
    {
        if (session?.SessionPolicies is not { } documents)
        {
            return null;
        }

        var compiled = new List<CompiledPolicy>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Add(compiled, PolicyEngine.Compile(documents[i], PolicyKind.Session, $"session-policy/{i + 1}"));
        }

        return compiled;
    }

    private static Dictionary<string, string> SessionTags(SessionContext? session) =>
        new(session?.Tags ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);

    private static void Add(List<CompiledPolicy> into, CompiledPolicy? policy)
    {
        // A stored document that no longer compiles grants nothing (the engine fails closed).
        if (policy is not null)
        {
            into.Add(policy);
        }
    }
}
