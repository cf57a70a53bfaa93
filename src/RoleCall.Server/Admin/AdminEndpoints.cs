using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleCall.Iam.Sts.Clock;

namespace RoleCall.Server.Admin;

/// <summary>
/// RoleCall's own unsigned endpoints under `/_rolecall/`, outside the AWS protocol: the readiness probe and,
/// only with --dev-clock, the clock mover. Everything else under the prefix is 404.
/// </summary>
internal sealed class AdminEndpoints(ServiceClock clock, bool devClockEnabled)
{
    public static readonly PathString Prefix = new("/_rolecall");

    private static readonly byte[] HealthyBody = "{\"status\":\"ok\"}"u8.ToArray();

    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value;
        var method = http.Request.Method;
        if (path == "/_rolecall/health" && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            await WriteJsonAsync(http, StatusCodes.Status200OK, HealthyBody);
            return;
        }

        if (path == "/_rolecall/clock" && devClockEnabled && (HttpMethods.IsGet(method) || HttpMethods.IsPost(method)))
        {
            if (HttpMethods.IsPost(method) && DevClockGuard.Refusal(http.Request) is var (status, message))
            {
                await WriteJsonAsync(http, status, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message })));
                return;
            }

            var result = HttpMethods.IsGet(method)
                ? ClockEndpoint.Read(clock)
                : ClockEndpoint.Handle(clock, await ReadBodyAsync(http.Request));
            await WriteJsonAsync(http, result.StatusCode, Encoding.UTF8.GetBytes(result.Body));
            return;
        }

        var hint = path == "/_rolecall/clock"
            ? "the dev clock is off; start rolecall serve with --dev-clock"
            : "unknown RoleCall endpoint; see GET /_rolecall/health";
        await WriteJsonAsync(http, StatusCodes.Status404NotFound, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = hint })));
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
