namespace RoleCall.Policy.Model;

/// <summary>A 1-based line and column in a policy document (SimulatePolicy's StartPosition/EndPosition).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
