namespace RoleCall.Policy.Evaluation;

/// <summary>
/// A statement that could not be evaluated (e.g. a request value of the wrong type for the operator).
/// It never allows: any error makes an otherwise-allowed request an implicit deny.
/// </summary>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="Statement">The statement's Sid or "Statement[i]".</param>
/// <param name="Message">What went wrong.</param>
public sealed record EvaluationError(string PolicyId, string Statement, string Message);
