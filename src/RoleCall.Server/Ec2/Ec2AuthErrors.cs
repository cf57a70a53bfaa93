using RoleCall.Core.Errors;
using RoleCall.Server.Auth;

namespace RoleCall.Server.Ec2;

/// <summary>
/// Authentication failures in EC2's words: an unknown key or a wrong signature is `AuthFailure` (401,
/// "AWS was not able to validate the provided access credentials"); an expired session `RequestExpired`;
/// the rest (no or malformed authorization, a stale timestamp) keep the verifier's code.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
/// </summary>
internal static class Ec2AuthErrors
{
    public static AwsServiceException From(AuthenticationResult result)
    {
        var error = result.ToQueryError();
        return error.Code switch
        {
            "InvalidClientTokenId" or "SignatureDoesNotMatch" when !error.Message.StartsWith("Signature expired", StringComparison.Ordinal) =>
                new AwsServiceException("AuthFailure", "AWS was not able to validate the provided access credentials", 401),
            "ExpiredToken" => new AwsServiceException("RequestExpired", "Request has expired.", 400),
            _ => error,
        };
    }
}
