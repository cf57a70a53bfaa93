using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// The STS calls the providers make, bound to one region and endpoint. The CLI adapts the project's STS
/// client to it; tests pass a fake. Providers never see HTTP.
/// </summary>
public interface IStsOperations
{
    Task<StsSession> AssumeRoleAsync(AwsCredentials caller, AssumeRoleCall request, CancellationToken cancellation);

    /// <summary>Unsigned: the web identity token is the authentication.</summary>
    Task<StsSession> AssumeRoleWithWebIdentityAsync(WebIdentityCall request, CancellationToken cancellation);

    Task<StsSession> GetSessionTokenAsync(AwsCredentials caller, SessionTokenCall request, CancellationToken cancellation);
}
