namespace RoleCall.Credentials.Http;

/// <summary>
/// Makes the transport's <see cref="HttpRequestException"/>s. One method, not `new HttpRequestException` at each
/// site: ReadyToRun resolves the type of every `new` in a method when the method first runs, so each of those
/// sites loaded System.Net.Http into every plain call that never fails (issue 12).
/// </summary>
internal static class HttpFailures
{
    public static HttpRequestException Of(string message, Exception? inner = null) => new(message, inner);
}
