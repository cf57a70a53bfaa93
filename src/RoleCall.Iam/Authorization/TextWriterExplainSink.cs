namespace RoleCall.Iam.Authorization;

/// <summary>The `--explain` sink of `rolecall serve`: one line per decision on a writer (stderr), serialized.</summary>
public sealed class TextWriterExplainSink(TextWriter writer) : IExplainSink
{
    private readonly Lock gate = new();

    public void Decided(AuthorizationExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        lock (gate)
        {
            writer.WriteLine("explain: " + explanation);
        }
    }
}
