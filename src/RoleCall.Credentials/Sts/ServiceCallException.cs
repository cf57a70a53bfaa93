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
    /// </summary>
    public static ServiceCallException ConnectionFailed(Uri endpoint, int attempts, Exception inner) =>
        new($"Could not connect to the endpoint URL: \"{endpoint}\"",
            $"{attempts} attempts ({inner.Message}); check the network, the region and any --endpoint-url / AWS_ENDPOINT_URL setting",
            inner, inAwsCliWords: true);

    public static ServiceCallException UnreadableResponse(Uri endpoint, string operation, int status, Exception? inner = null) =>
        new($"Unable to parse the response of {operation} from \"{endpoint}\" (HTTP {status})",
            "the endpoint does not look like an AWS Query service; check --endpoint-url / AWS_ENDPOINT_URL", inner);
}
