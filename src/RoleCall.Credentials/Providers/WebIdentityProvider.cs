using System.Globalization;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// web_identity_token_file + role_arn (or AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN): reads the token file
/// on every call (it is rotated by the platform) and calls AssumeRoleWithWebIdentity, unsigned.
/// </summary>
public sealed class WebIdentityProvider(
    string roleArn,
    string tokenFile,
    string? sessionName,
    IStsClient sts,
    TimeProvider time) : ICredentialProvider
{
    public string RoleArn { get; } = roleArn;

    public string TokenFile { get; } = tokenFile;

    public string? SessionName { get; } = sessionName;

    public string Method => "assume-role-with-web-identity";

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        string token;
        try
        {
            token = await File.ReadAllTextAsync(TokenFile, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CredentialErrors.EndpointFailed("web identity token file " + TokenFile, SystemFailureText.Of(e));
        }

        var name = SessionName ?? "botocore-session-" + time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        try
        {
            var session = StsSessions.From(await sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest(RoleArn, name, token.Trim()), cancellation));
            return session.Credentials;
        }
        catch (AwsServiceException e)
        {
            throw CredentialErrors.StsRefused($"assuming {RoleArn} with a web identity", null, e);
        }
    }
}
