using RoleCall.Iam.Handlers;
using RoleCall.Policy.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Simulation;

/// <summary>The SimulatePolicyResponse shape: EvaluationResults members as botocore's IAM model describes them.</summary>
internal static class SimulationShapes
{
    /// <summary>Evaluates the page MaxItems/Marker ask for (only that page) and shapes it.</summary>
    public static ResultStruct Response(string action, SimulationInput input, ParameterReader parameters)
    {
        var sourceTypes = input.Identity.Append(input.ResourcePolicy).Append(input.Boundary).OfType<SimulationPolicy>()
            .ToDictionary(p => p.Policy, p => p.SourceType, (IEqualityComparer<CompiledPolicy>)ReferenceEqualityComparer.Instance);
        var (page, next) = Page(input, parameters);
        return Result.Of(action,
            Result.List("EvaluationResults", page.Select(o => Evaluation(o, sourceTypes))),
            Result.Bool("IsTruncated", next is not null),
            Result.OptionalText("Marker", next));
    }

    private static ResultStruct Evaluation(SimulationOutcome outcome, Dictionary<CompiledPolicy, string?> types)
    {
        var decision = PolicySimulator.Wire(outcome.Result.Decision);
        var specific = outcome.Resource == "*" ? null : Result.List("ResourceSpecificResults",
        [
            Result.Struct("member",
                Result.Text("EvalResourceName", outcome.Resource),
                Result.Text("EvalResourceDecision", decision),
                Statements(outcome, types),
                Missing(outcome),
                Details(outcome),
                Boundary(outcome)),
        ]);
        return Result.Struct("member",
            Result.Text("EvalActionName", outcome.Action),
            Result.Text("EvalResourceName", outcome.Resource),
            Result.Text("EvalDecision", decision),
            Statements(outcome, types),
            Missing(outcome),
            Boundary(outcome),
            Details(outcome),
            specific);
    }

    private static ResultList Statements(SimulationOutcome outcome, Dictionary<CompiledPolicy, string?> types) =>
        Result.List("MatchedStatements", outcome.Matched.Select(m => Result.Struct("member",
            Result.Text("SourcePolicyId", m.PolicyId),
            Result.OptionalText("SourcePolicyType", types.GetValueOrDefault(m.Policy)),
            Position("StartPosition", m.Statement.Start),
            Position("EndPosition", m.Statement.End))));

    private static ResultStruct Position(string name, SourcePosition at) =>
        Result.Struct(name, Result.Number("Line", at.Line), Result.Number("Column", at.Column));

    private static ResultList Missing(SimulationOutcome outcome) =>
        Result.List("MissingContextValues", outcome.MissingContextValues.Select(k => Result.Text("member", k)));

    private static ResultStruct? Boundary(SimulationOutcome outcome) => outcome.AllowedByBoundary is { } allowed
        ? Result.Struct("PermissionsBoundaryDecisionDetail", Result.Bool("AllowedByPermissionsBoundary", allowed))
        : null;

    private static ResultMap? Details(SimulationOutcome outcome) => outcome.DecisionDetails is { } details
        ? new ResultMap("EvalDecisionDetails", [.. details.Select(d => new KeyValuePair<string, ResultNode>(d.Key, Result.Text("value", d.Value)))])
        : null;

    /// <summary>MaxItems/Marker over the (action, resource) pairs; the marker is the index to resume at.</summary>
    private static (IEnumerable<SimulationOutcome> Page, string? Next) Page(SimulationInput input, ParameterReader parameters)
    {
        var total = (long)input.Actions.Count * input.Resources.Count;
        var start = parameters.Optional("Marker") is { } marker
            ? long.TryParse(marker, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m <= total ? m : throw Validation.IamErrors.InvalidMarker()
            : 0;
        var max = SimulationLimits.MaxItems(parameters);
        var end = Math.Min(total, start + max);
        return (PolicySimulator.Run(input, start, max),
            end < total ? end.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
