using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Builds the STS client on first use only: a cached `rolecall env` never calls STS, so it never pays for the
/// HTTP stack (the start-up budget is ~2x a .NET hello world).
/// </summary>
internal sealed class LazyStsOperations(Func<IStsOperations> create) : IStsOperations
{
    private readonly Lazy<IStsOperations> _inner = new(create);

    public Task<StsSession> AssumeRoleAsync(AwsCredentials caller, AssumeRoleCall request, CancellationToken cancellation) =>
        _inner.Value.AssumeRoleAsync(caller, request, cancellation);

    public Task<StsSession> AssumeRoleWithWebIdentityAsync(WebIdentityCall request, CancellationToken cancellation) =>
        _inner.Value.AssumeRoleWithWebIdentityAsync(request, cancellation);

    public Task<StsSession> GetSessionTokenAsync(AwsCredentials caller, SessionTokenCall request, CancellationToken cancellation) =>
        _inner.Value.GetSessionTokenAsync(caller, request, cancellation);
}
