using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.S3;

/// <summary>
/// A request sent with `Expect: 100-continue` whose body the server never asked for (an early error, or a
/// body of 0 bytes, for which Kestrel sends no `100 Continue`) is answered with `Connection: close`.
/// </summary>
/// <remarks>
/// Kestrel would keep the connection and drain the unsent body out of the client's next request, and
/// botocore, which does not send the body after an early final status, keeps that status for the
/// connection's next response and then waits for a body that never ends (RFC 9110 §10.1.1: a server that
/// answers before reading the content says whether it closes the connection). Closing it costs one
/// reconnect and is what the client can always handle. Only requests that carry the expectation are
/// wrapped, so the ordinary body path is unchanged.
/// </remarks>
internal static class ExpectContinue
{
    public static void Guard(HttpContext http)
    {
        var request = http.Request;
        if (!request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var body = new ReadTrackingStream(request.Body);
        request.Body = body;
        http.Response.OnStarting(() =>
        {
            if (!body.ReadStarted || request.ContentLength == 0)
            {
                http.Response.Headers.Connection = "close";
            }

            return Task.CompletedTask;
        });
    }
}
