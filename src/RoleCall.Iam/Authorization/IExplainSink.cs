namespace RoleCall.Iam.Authorization;

/// <summary>
/// Receives every authorization decision with the statements that decided it — what `rolecall serve
/// --explain` prints. Implementations must be thread-safe and fast; they never see secrets.
/// </summary>
public interface IExplainSink
{
    void Decided(AuthorizationExplanation explanation);
}
