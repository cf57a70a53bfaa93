using RoleCall.Core.Identity;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// The policies of a PolicySourceArn (user: its own and its groups'; group; role) with the names and types the
/// simulator reports, its permissions boundary, and the principal the simulation acts as.
/// </summary>
internal sealed record PrincipalSource(IReadOnlyList<SimulationPolicy> Policies, SimulationPolicy? Boundary, RequestPrincipal Principal)
{
    public static PrincipalSource Load(ActionContext context, string sourceArn)
    {
        if (!Arn.TryParse(sourceArn, out var arn) || arn.Value.Service != "iam")
        {
            throw IamErrors.InvalidArn(sourceArn);
        }

        var kind = arn.Value.ResourceType switch
        {
            "user" => EntityKind.User,
            "group" => EntityKind.Group,
            "role" => EntityKind.Role,
            _ => throw SimulationErrors.UnsupportedSource(sourceArn),
        };
        var entity = context.Store.FindEntity(arn.Value.Account, kind, arn.Value.ResourceName) ?? throw IamErrors.NoSuchEntity(kind, arn.Value.ResourceName);
        var policies = new List<SimulationPolicy>();
        Add(context, entity, policies);
        if (entity is IamUser user)
        {
            foreach (var group in user.GroupIds.Select(context.Store.FindEntityById).OfType<IamGroup>())
            {
                Add(context, group, policies);
            }
        }

        var boundaryArn = entity switch
        {
            IamUser u => u.PermissionsBoundaryArn,
            IamRole r => r.PermissionsBoundaryArn,
            _ => null,
        };
        var boundary = boundaryArn is not null && ManagedPolicyDocuments.Find(context.Runtime, boundaryArn) is { } document
            ? new SimulationPolicy(SimulationInputReader.Compile(document, PolicyKind.Boundary, Name(boundaryArn)), SourceType(boundaryArn))
            : null;
        var principal = entity switch
        {
            IamUser u => RequestPrincipal.User(u.Arn, u.AccountId, u.Id),
            IamRole r => SimulationInputReader.SimulatedSession(r.Arn, r.AccountId, r.Name, r.Id),
            // A group never signs requests: simulate a member of it.
            _ => RequestPrincipal.User($"arn:aws:iam::{entity.AccountId}:user/simulated-member-of-{entity.Name}", entity.AccountId),
        };
        return new PrincipalSource(policies, boundary, principal);
    }

    /// <summary>Inline policies are named by their policy name and typed by their holder; managed ones by name and aws-/user-managed.</summary>
    private static void Add(ActionContext context, IamEntity entity, List<SimulationPolicy> into)
    {
        var holder = IamEntity.ArnType(entity.Kind);
        foreach (var inline in entity.InlinePolicies)
        {
            // Stored documents were validated when put; one that no longer compiles grants nothing.
            if (PolicyEngine.Compile(inline.Document, PolicyKind.Identity, inline.Name) is { } compiled)
            {
                into.Add(new SimulationPolicy(compiled, holder));
            }
        }

        foreach (var policyArn in entity.AttachedPolicyArns)
        {
            if (ManagedPolicyDocuments.Find(context.Runtime, policyArn) is { } document
                && PolicyEngine.Compile(document, PolicyKind.Identity, Name(policyArn)) is { } compiled)
            {
                into.Add(new SimulationPolicy(compiled, SourceType(policyArn)));
            }
        }
    }

    private static string Name(string policyArn) => policyArn[(policyArn.LastIndexOf('/') + 1)..];

    private static string SourceType(string policyArn) =>
        policyArn.StartsWith("arn:aws:iam::aws:", StringComparison.Ordinal) ? "aws-managed" : "user-managed";
}
