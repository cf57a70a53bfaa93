using RoleCall.Credentials.Mfa;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>An MFA source that hands out queued codes and counts the prompts.</summary>
internal sealed class ScriptedMfa(bool interactive, params string[] codes) : IMfaTokenSource
{
    private readonly Queue<string> _codes = new(codes);

    public List<string> Prompts { get; } = [];

    public bool CanRetry => interactive;

    public ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation)
    {
        Prompts.Add(serial);
        return ValueTask.FromResult(_codes.Count > 0 ? _codes.Dequeue() : "000000");
    }
}
