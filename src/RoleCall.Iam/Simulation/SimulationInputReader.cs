using RoleCall.Core.Identity;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// Reads the parameters SimulateCustomPolicy and SimulatePrincipalPolicy share: the policy input lists,
/// ActionNames, ResourceArns, ResourcePolicy, ResourceOwner, CallerArn and ContextEntries.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
/// </summary>
internal static class SimulationInputReader
{
    /// <summary>The policies named `PolicyInputList.1`, `.2`, ... as AWS reports them in MatchedStatements.</summary>
    public static List<SimulationPolicy> InputList(ParameterReader parameters, string name, PolicyKind kind)
    {
        var documents = parameters.List(name);
        var policies = new List<SimulationPolicy>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            policies.Add(new SimulationPolicy(Compile(documents[i], kind, $"{name}.{i + 1}"), null));
        }

        return policies;
    }

    public static SimulationInput Read(ActionContext context, IReadOnlyList<SimulationPolicy> identity, SimulationPolicy? boundary, RequestPrincipal principal)
    {
        var parameters = context.Parameters;
        var actions = parameters.List("ActionNames");
        if (actions.Count == 0)
        {
            throw Validation.IamErrors.Missing("actionNames");
        }

        SimulationLimits.CheckActions(actions);
        var resources = parameters.List("ResourceArns");
        SimulationLimits.CheckResources(resources);
        var resourcePolicy = parameters.Optional("ResourcePolicy") is { } document
            ? new SimulationPolicy(Compile(document, PolicyKind.Resource, "ResourcePolicy"), "resource")
            : null;
        var caller = parameters.Optional("CallerArn") is { } callerArn ? CallerPrincipal(callerArn) : principal;
        return new SimulationInput(identity, boundary, resourcePolicy, actions, resources.Count == 0 ? ["*"] : resources,
            OwnerAccount(parameters.Optional("ResourceOwner")), caller, ContextEntryReader.Read(parameters));
    }

    public static Policy.Model.CompiledPolicy Compile(string document, PolicyKind kind, string id)
    {
        var parsed = PolicyEngine.Parse(document, kind);
        return parsed.Policy?.WithId(id) ?? throw SimulationErrors.Malformed(id, parsed.Errors.First());
    }

    /// <summary>CallerArn: a user, a role (simulated as one of its sessions) or an account root.</summary>
    private static RequestPrincipal CallerPrincipal(string arn)
    {
        if (!Arn.TryParse(arn, out var parsed))
        {
            throw Validation.IamErrors.InvalidArn(arn);
        }

        var value = parsed.Value;
        return value.ResourceType switch
        {
            "user" => RequestPrincipal.User(arn, value.Account),
            "root" => RequestPrincipal.Root(value.Account),
            "role" => SimulatedSession(arn, value.Account, value.ResourceName, null),
            "assumed-role" => RequestPrincipal.AssumedRole(arn, $"arn:aws:iam::{value.Account}:role/{value.Resource.Split('/')[1]}", value.Account),
            _ => throw Validation.IamErrors.InvalidArn(arn),
        };
    }

    public static RequestPrincipal SimulatedSession(string roleArn, string account, string roleName, string? roleId) =>
        RequestPrincipal.AssumedRole($"arn:aws:sts::{account}:assumed-role/{roleName}/simulation", roleArn, account, roleId is null ? null : $"{roleId}:simulation");

    /// <summary>ResourceOwner is an account ID or `arn:aws:iam::ACCT:root`.</summary>
    private static string? OwnerAccount(string? owner) =>
        owner is null ? null : Arn.TryParse(owner, out var arn) ? arn.Value.Account : owner;
}
