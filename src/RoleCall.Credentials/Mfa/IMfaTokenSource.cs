namespace RoleCall.Credentials.Mfa;

/// <summary>Where MFA codes come from: a person at the terminal, or a flag/variable for scripts.</summary>
public interface IMfaTokenSource
{
    /// <summary>True when a rejected code may be asked for again (a person is typing).</summary>
    bool CanRetry { get; }

    /// <summary>The current code for the device <paramref name="serial"/>.</summary>
    ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation);
}
