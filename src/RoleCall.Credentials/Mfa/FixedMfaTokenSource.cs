namespace RoleCall.Credentials.Mfa;

/// <summary>A code given up front (`--mfa-code`, ROLECALL_MFA_CODE): used once, never re-asked.</summary>
public sealed class FixedMfaTokenSource(string code) : IMfaTokenSource
{
    public bool CanRetry => false;

    public ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation) => ValueTask.FromResult(code);
}
