using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;

namespace RoleCall.Policy.Authorization;

/// <summary>Runs every statement of one layer's policies and keeps what the authorizer needs.</summary>
internal static class LayerEvaluator
{
    public static LayerOutcome Evaluate(
        IReadOnlyList<CompiledPolicy>? policies,
        PolicyLayer layer,
        RequestContext context,
        ref List<EvaluationError>? errors,
        ICollection<MatchedStatement>? matched)
    {
        var outcome = default(LayerOutcome);
        if (policies is null)
        {
            return outcome;
        }

        // Indexers, not foreach: enumerating an IReadOnlyList through the interface would allocate.
        for (var p = 0; p < policies.Count; p++)
        {
            Evaluate(policies[p], layer, context, ref outcome, ref errors, matched);
        }

        return outcome;
    }

    public static void Evaluate(
        CompiledPolicy policy,
        PolicyLayer layer,
        RequestContext context,
        ref LayerOutcome outcome,
        ref List<EvaluationError>? errors,
        ICollection<MatchedStatement>? matched)
    {
        // Only the statements whose actions can name the request's service (document order is kept).
        var statements = policy.Index.For(context.Action);
        for (var s = 0; s < statements.Length; s++)
        {
            var statement = statements[s];
            var result = StatementEvaluator.Evaluate(statement, context, out var principal, out var error);
            if (result == MatchResult.Error)
            {
                (errors ??= []).Add(new EvaluationError(policy.Id, statement.DisplayName, error ?? "could not be evaluated"));
                continue;
            }

            if (result != MatchResult.Match)
            {
                continue;
            }

            var hit = new MatchedStatement(policy, statement, layer);
            matched?.Add(hit);
            if (statement.Effect == Effect.Deny)
            {
                outcome.Deny ??= hit;
            }
            else if (outcome.Allow is null || principal > outcome.AllowPrincipal)
            {
                outcome.Allow = hit;
                outcome.AllowPrincipal = principal;
            }
        }
    }
}
