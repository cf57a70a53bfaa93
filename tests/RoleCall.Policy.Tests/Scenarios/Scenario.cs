using System.Text.Json.Nodes;
using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Scenarios;

/// <summary>
/// One scenario file of tests/Fixtures/policy/scenarios: policies by layer, a request, and the decision (with
/// deciding statement and reason) AWS's evaluation logic gives. See the folder's README.md for the format.
/// </summary>
internal sealed record Scenario(string Name, AuthorizationRequest Request, Decision Decision, string? Statement, DenialReason? Reason)
{
    public static Scenario Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var identity = new List<CompiledPolicy>();
        var resource = new List<CompiledPolicy>();
        var session = new List<CompiledPolicy>();
        CompiledPolicy? boundary = null;
        var trust = false;
        foreach (var entry in root["policies"]!.AsArray())
        {
            var layer = entry!["layer"]!.GetValue<string>();
            var kind = layer switch
            {
                "identity" => PolicyKind.Identity,
                "trust" => PolicyKind.Trust,
                "resource" => PolicyKind.Resource,
                "boundary" => PolicyKind.Boundary,
                "session" => PolicyKind.Session,
                _ => throw new InvalidDataException($"{path}: unknown layer {layer}"),
            };
            var parsed = PolicyParser.Parse(entry["document"]!.ToJsonString(), kind, entry["id"]!.GetValue<string>());
            var policy = parsed.Policy ?? throw new InvalidDataException($"{path}: {string.Join("; ", parsed.Problems)}");
            trust |= kind == PolicyKind.Trust;
            switch (kind)
            {
                case PolicyKind.Identity: identity.Add(policy); break;
                case PolicyKind.Trust or PolicyKind.Resource: resource.Add(policy); break;
                case PolicyKind.Boundary: boundary = policy; break;
                default: session.Add(policy); break;
            }
        }

        var request = root["request"]!;
        var context = new RequestContext(ReadPrincipal(request["principal"]!), request["action"]!.GetValue<string>(),
            request["resource"]?.GetValue<string>() ?? "*", request["resourceAccount"]?.GetValue<string>());
        foreach (var (key, value) in request["context"]?.AsObject() ?? [])
        {
            if (value is JsonArray list)
            {
                context.SetValues(key, list.Select(v => v!.ToString()));
            }
            else
            {
                context.Set(key, value!.ToString());
            }
        }

        var expect = root["expect"]!;
        var hasSessionLayer = session.Count > 0 || root["emptySessionLayer"]?.GetValue<bool>() == true;
        return new Scenario(
            Path.GetFileNameWithoutExtension(path),
            new AuthorizationRequest
            {
                Context = context,
                IdentityPolicies = identity,
                ResourcePolicies = resource,
                RequireResourcePolicyAllow = trust,
                PermissionsBoundary = boundary,
                SessionPolicies = hasSessionLayer ? session : null,
            },
            Enum.Parse<Decision>(expect["decision"]!.GetValue<string>()),
            expect["statement"]?.GetValue<string>(),
            expect["reason"] is { } reason ? Enum.Parse<DenialReason>(reason.GetValue<string>()) : null);
    }

    private static RequestPrincipal ReadPrincipal(JsonNode node)
    {
        string? Text(string name) => node[name]?.GetValue<string>();
        var arn = Text("arn") ?? string.Empty;
        var account = Text("account") ?? (arn.StartsWith("arn:", StringComparison.Ordinal) ? arn.Split(':')[4] : string.Empty);
        return Text("type") switch
        {
            "Root" => RequestPrincipal.Root(account),
            "User" => RequestPrincipal.User(arn, account, Text("uniqueId")),
            "AssumedRole" => RequestPrincipal.AssumedRole(arn, Text("roleArn")!, account, Text("uniqueId")),
            "FederatedUser" => RequestPrincipal.FederatedUser(arn, account),
            "Service" => RequestPrincipal.Service(arn),
            "Federated" => RequestPrincipal.Federated(arn),
            "Anonymous" => RequestPrincipal.Anonymous,
            var other => throw new InvalidDataException($"unknown principal type {other}"),
        };
    }
}
