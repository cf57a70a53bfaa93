using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// A call that got no usable answer from the service: the endpoint could not be reached (after the retries)
/// or answered with something that is not the AWS Query protocol. Exit 255, as the AWS CLI exits on
/// EndpointConnectionError. Service errors proper are <see cref="AwsServiceException"/>.
/// </summary>
public sealed class ServiceCallException : RoleCallException
{
    private readonly bool _inAwsCliWords;

    private ServiceCallException(string message, string? hint, Exception? inner, bool inAwsCliWords = false)
        : base(message, hint, inner)
    {
        _inAwsCliWords = inAwsCliWords;
    }

    public override int ExitCode => ExitCodes.OtherFailure;

    public override bool InAwsCliWords => _inAwsCliWords;

    /// <summary>
    /// botocore's EndpointConnectionError, word for word (`Could not connect to the endpoint URL: "https://..."`),
    /// so the line a script greps for is the AWS CLI's; what rolecall tried goes into the hint.
    /// A failed TLS handshake leads with botocore's SSLError line instead (`SSL validation failed for ...`), as the
    /// AWS CLI prints it: the endpoint was reached, its certificate or its protocol was the problem.
    /// </summary>
    public static ServiceCallException ConnectionFailed(Uri endpoint, int attempts, Exception inner) =>
        inner is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }
            ? new(TlsLine(endpoint, inner), $"{attempts} attempts; check the certificate (--ca-bundle, AWS_CA_BUNDLE, the profile's ca_bundle) and that the endpoint speaks https", inner, inAwsCliWords: true)
            : new($"Could not connect to the endpoint URL: \"{endpoint}\"",
                $"{attempts} attempts ({inner.Message}); check the network, the region and any --endpoint-url / AWS_ENDPOINT_URL setting",
                inner, inAwsCliWords: true);

    /// <summary>The direct transport's own line; HttpClient's (behind a proxy) says only "see inner exception".</summary>
    private static string TlsLine(Uri endpoint, Exception inner) =>
        inner.Message.StartsWith("SSL validation failed for ", StringComparison.Ordinal) ? inner.Message
            : $"SSL validation failed for {endpoint}: {SystemFailureText.Of(inner.InnerException ?? inner)}";

    public static ServiceCallException UnreadableResponse(Uri endpoint, string operation, int status, Exception? inner = null) =>
        new($"Unable to parse the response of {operation} from \"{endpoint}\" (HTTP {status})",
            "the endpoint does not look like an AWS Query service; check --endpoint-url / AWS_ENDPOINT_URL", inner);
}
