using System.Globalization;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// role_arn: calls AssumeRole with the source's credentials. With mfa_serial it asks the token source for a
/// code and, when a person is typing, asks again after a rejected code (three tries in all). When the source
/// is an MFA session (<see cref="MfaViaSession"/>), the MFA already happened at GetSessionToken and the call
/// carries no code; the cache key still names the serial, so the AWS CLI finds the entry under its own key.
/// </summary>
public sealed class AssumeRoleProvider(
    string profile,
    ICredentialProvider source,
    AssumeRoleOptions options,
    bool mfaViaSession,
    IStsClient sts,
    IMfaTokenSource mfa,
    TimeProvider time) : ISessionProvider
{
    /// <summary>Tries at a terminal before a wrong MFA code becomes an error.</summary>
    public const int MaxMfaAttempts = 3;

    public string Profile { get; } = profile;

    public ICredentialProvider Source { get; } = source;

    public AssumeRoleOptions Options { get; } = options;

    public bool MfaViaSession { get; } = mfaViaSession;

    public string Method => "assume-role";

    public string CacheKey => AssumeRoleCacheKey.For(Options);

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        (await FetchSessionAsync(cancellation)).Credentials;

    public async ValueTask<StsSession> FetchSessionAsync(CancellationToken cancellation)
    {
        var caller = await Source.ResolveAsync(cancellation);
        var sessionName = Options.SessionName
            ?? "botocore-session-" + time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var serial = MfaViaSession ? null : Options.MfaSerial;
        for (var attempt = 1; ; attempt++)
        {
            var code = serial is null ? null : await mfa.GetTokenAsync(serial, cancellation);
            if (MfaRetry.AskAgainForShortCode(serial, code, mfa, attempt))
            {
                continue;
            }

            var request = new AssumeRoleRequest(Options.RoleArn, sessionName)
            {
                ExternalId = Options.ExternalId,
                SerialNumber = serial,
                TokenCode = code,
                DurationSeconds = Options.DurationSeconds,
                SourceIdentity = Options.SourceIdentity,
            };
            try
            {
                return StsSessions.From(await sts.AssumeRoleAsync(caller, request, cancellation));
            }
            catch (AwsServiceException e) when (serial is not null && MfaRetry.IsBadCode(e) && mfa.CanRetry && attempt < MaxMfaAttempts)
            {
                // A mistyped or expired code: ask again, as aws-vault does; the AWS CLI would give up here.
                continue;
            }
            catch (AwsServiceException e)
            {
                throw CredentialErrors.StsRefused($"assuming {Options.RoleArn}", Profile, e);
            }
        }
    }
}
