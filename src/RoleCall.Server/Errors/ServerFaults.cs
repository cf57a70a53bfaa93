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
        ? Http.BufferedBodyPolicy.TooLarge()
        : new AwsServiceException("MalformedQueryString", "The request could not be read as HTTP.", e.StatusCode);

    /// <summary>The body's framing broke while reading (bad chunk size or chunk data): a 400 naming no internals.</summary>
    public static AwsServiceException UnreadableBody() =>
        new("MalformedQueryString", "The request body could not be read: its chunked framing is malformed.", StatusCodes.Status400BadRequest);
}
