namespace RoleCall.Credentials.Mfa;

/// <summary>No terminal and no code given: a role that needs MFA fails with a hint instead of hanging.</summary>
public sealed class NoMfaTokenSource : IMfaTokenSource
{
    public bool CanRetry => false;

    public ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation) =>
        throw MfaErrors.CodeRequired(serial);
}
