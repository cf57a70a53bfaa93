using System.Net;
using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>
/// A tiny STS on HttpListener (127.0.0.1, free port) for what moto cannot be asked to do: answer from a
/// script (throttling, 5xx, errors), or verify each request's SigV4 signature with RoleCall's verifier
/// against the server's own clock and answer as AWS would. Every request is recorded.
/// </summary>
internal sealed class ScriptedQueryServer : IDisposable
{
    public const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public ScriptedQueryServer()
    {
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>Answers to give in order; when empty, requests are verified and answered with <see cref="SuccessBody"/>.</summary>
    public Queue<(int Status, string Body)> Script { get; } = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The server's clock (for the Date header and the signature check).</summary>
    public DateTimeOffset ServerNow { get; set; } = DateTimeOffset.UtcNow;

    public string SuccessBody { get; set; } = CallerIdentityBody("AIDAEXAMPLE", "arn:aws:iam::123456789012:user/alice");

    public static string CallerIdentityBody(string userId, string arn) => QueryXmlWriter.SuccessToString("GetCallerIdentity", QueryNamespaces.Sts,
        new ResultStruct("r", [new ResultValue("Arn", arn), new ResultValue("UserId", userId), new ResultValue("Account", "123456789012")]), "req-ok");

    public static string ErrorBody(string code, string message, int status) =>
        QueryXmlWriter.ErrorToString(QueryNamespaces.Sts, new AwsServiceException(code, message, status, status < 500), "req-err");

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener closes.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Select(k => new KeyValuePair<string, string>(k!, context.Request.Headers[k]!)).ToList();
            var verification = new SigV4Verifier(new FixedClock(ServerNow)).Verify(
                new SigV4IncomingRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Url.Query.TrimStart('?'), PayloadHash.Of(Encoding.UTF8.GetBytes(body))),
                new HeaderList(headers),
                key => key == "AKIAIOSFODNN7EXAMPLE" || key.StartsWith("ASIA", StringComparison.Ordinal) ? Secret : null);
            Requests.Add(new RecordedRequest(headers, body, verification));

            var (status, answer) = Script.Count > 0 ? Script.Dequeue()
                : verification.IsValid ? (200, SuccessBody)
                : (verification.ToServiceException().HttpStatus, QueryXmlWriter.ErrorToString(QueryNamespaces.Sts, verification.ToServiceException(), "req-auth"));
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/xml";
            context.Response.Headers["Date"] = ServerNow.ToString("r", System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["x-amzn-RequestId"] = "hdr-" + Requests.Count;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    internal sealed record RecordedRequest(List<KeyValuePair<string, string>> Headers, string Body, SigV4Verification Verification)
    {
        public string? Header(string name) => new HeaderList(Headers).GetValue(name);
    }
}
