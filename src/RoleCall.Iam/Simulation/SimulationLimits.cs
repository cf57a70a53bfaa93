using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// What one simulation request may ask for. AWS's IAM model bounds each member (ActionNameType 3-128
/// characters, ResourceNameType 1-2048) and MaxItems (1-1000) but publishes no count for the lists; the
/// count is bounded by the 1 MiB request body, and the work by paging: each request evaluates at most one
/// page of MaxItems pairs (<see cref="PolicySimulator.Run"/>), whatever the lists hold.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
/// </summary>
internal static class SimulationLimits
{
    public const int ActionNameMin = 3;
    public const int ActionNameMax = 128;
    public const int ResourceNameMax = 2048;

    /// <summary>MaxItems, 1 to 1000 as for every IAM listing, 100 when absent: the evaluations one request pays for.</summary>
    public static int MaxItems(ParameterReader parameters)
    {
        var max = parameters.OptionalInt("MaxItems") ?? IamLimits.DefaultMaxItems;
        IamValidation.Range(max, "maxItems", 1, IamLimits.MaxMaxItems);
        return max;
    }

    public static void CheckActions(IReadOnlyList<string> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            IamValidation.Length(actions[i], $"actionNames.{i + 1}.member", ActionNameMin, ActionNameMax);
        }
    }

    public static void CheckResources(IReadOnlyList<string> resources)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            IamValidation.Length(resources[i], $"resourceArns.{i + 1}.member", 1, ResourceNameMax);
        }
    }
}
