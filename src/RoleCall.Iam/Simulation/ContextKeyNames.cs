using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>The GetContextKeysForPolicyResponse shape: distinct key names (case-insensitively), first spelling kept.</summary>
internal static class ContextKeyNames
{
    public static ResultStruct Response(string action, IEnumerable<SimulationPolicy> policies)
    {
        var keys = policies.SelectMany(p => p.Policy.ContextKeys).Distinct(StringComparer.OrdinalIgnoreCase);
        return Result.Of(action, Result.List("ContextKeyNames", keys.Select(k => Result.Text("member", k))));
    }
}
