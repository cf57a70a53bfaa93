using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// GetSessionToken over long-term keys, with MFA when a serial is given: a profile with keys and
/// mfa_serial but no role_arn, and the opt-in MFA session (`mfa_session = true`) that one prompt opens for
/// every role profile sharing the serial. Cached under RoleCall's own key (the AWS CLI has no such cache).
/// The source is long-term keys: a profile's static keys, or a vault item (<see cref="VaultProvider"/>, as
/// aws-vault opens a session over the keys in its keyring). <paramref name="keyIdentity"/> names those keys in
/// the cache key without opening the source: the key ID for static keys, the profile for a vault item.
/// </summary>
public sealed class SessionTokenProvider(
    string profile,
    ICredentialProvider source,
    SessionTokenKey keyIdentity,
    string? serialNumber,
    int? durationSeconds,
    IStsClient sts,
    IMfaTokenSource mfa) : ISessionProvider
{
    public string Profile { get; } = profile;

    public ICredentialProvider Source { get; } = source;

    public string? SerialNumber { get; } = serialNumber;

    public string Method => "sts-session-token";

    public string CacheKey => AssumeRoleCacheKey.ForSessionToken(keyIdentity, SerialNumber, durationSeconds);

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        (await FetchSessionAsync(cancellation)).Credentials;

    public async ValueTask<StsSession> FetchSessionAsync(CancellationToken cancellation)
    {
        var caller = await Source.ResolveAsync(cancellation);
        for (var attempt = 1; ; attempt++)
        {
            var code = SerialNumber is null ? null : await mfa.GetTokenAsync(SerialNumber, cancellation);
            if (MfaRetry.AskAgainForShortCode(SerialNumber, code, mfa, attempt))
            {
                continue;
            }

            try
            {
                var session = StsSessions.From(await sts.GetSessionTokenAsync(caller, new GetSessionTokenRequest(durationSeconds, SerialNumber, code), cancellation));
                // GetSessionToken does not name the account; the long-term key's profile may.
                return session.Credentials.AccountId is null && caller.AccountId is not null
                    ? session with { Credentials = session.Credentials with { AccountId = caller.AccountId } }
                    : session;
            }
            catch (AwsServiceException e) when (SerialNumber is not null && MfaRetry.IsBadCode(e) && mfa.CanRetry && attempt < AssumeRoleProvider.MaxMfaAttempts)
            {
                continue;
            }
            catch (AwsServiceException e)
            {
                throw CredentialErrors.StsRefused("getting a session token", Profile, e);
            }
        }
    }
}
