using RoleCall.Credentials.Mfa;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// Decides where MFA codes come from on first use only: most commands never ask for one (a cached session, a
/// role without mfa_serial), and opening /dev/tty up front threw and caught an IOException in every process
/// without a terminal, a few milliseconds of a start-up budget of ~2x a .NET hello world (issue 12).
/// </summary>
internal sealed class LazyMfaTokenSource(Func<IMfaTokenSource> create) : IMfaTokenSource
{
    private readonly Lazy<IMfaTokenSource> _inner = new(create);

    public bool CanRetry => _inner.Value.CanRetry;

    public ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation) => _inner.Value.GetTokenAsync(serial, cancellation);
}
