using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;

namespace RoleCall.Server.Errors;

/// <summary>Errors the HTTP layer itself raises, shaped as AWS shapes them.</summary>
internal static class ServerFaults
{
    /// <summary>Anything unexpected: AWS's generic 500, with no exception text (it may carry paths or data).</summary>
    public static AwsServiceException Unexpected() =>
        AwsServiceException.ServiceFailure("An internal error occurred while processing the request.");

    /// <summary>Kestrel refused the request (body too large, malformed framing); its status says which.</summary>
    public static AwsServiceException BadRequest(BadHttpRequestException e) => e.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? new AwsServiceException("RequestEntityTooLarge", "Request body is larger than the 1 MiB this service accepts.", 413)
        : new AwsServiceException("MalformedQueryString", "The request could not be read as HTTP.", e.StatusCode);
}
