using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleCall.Credentials.Http;

/// <summary>
/// `--debug`: every request and answer, in the shape of botocore's debug log (`time - MainThread -
/// logger - DEBUG - message`): the endpoint and request parameters, the HTTP status line with the time taken,
/// the response headers and body, and each failed attempt, so retries show (issue 16, item 8). Secrets never
/// reach the log: the signature, session tokens, secret keys, passwords, MFA codes and seeds, assertions and
/// private keys are replaced by `***`, in the request and in the response.
/// </summary>
internal sealed partial class DebugTransport(IQueryTransport inner, Action<string> log, TimeProvider time) : IQueryTransport
{
    public Task<QueryHttpResponse> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation) =>
        LoggedAsync("POST", url, url.AbsolutePath, headers, body, () => inner.PostAsync(url, headers, body, cancellation));

    public Task<QueryHttpResponse> SendAsync(string method, Uri url, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation) =>
        LoggedAsync(method, url, pathAndQuery, headers, body, () => inner.SendAsync(method, url, pathAndQuery, headers, body, cancellation));

    private async Task<QueryHttpResponse> LoggedAsync(string method, Uri url, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers,
        byte[] body, Func<Task<QueryHttpResponse>> send)
    {
        var target = new Uri(url, pathAndQuery);
        Write("rolecall.endpoint", $"Making request: {method} {Redact(target.ToString())}");
        Write("rolecall.endpoint", $"Request headers: {{{string.Join(", ", headers.Select(h => $"'{h.Key}': '{RedactHeader(h.Key, h.Value)}'"))}}}");
        if (body.Length > 0)
        {
            Write("rolecall.endpoint", $"Request body: {Redact(Encoding.UTF8.GetString(body))}");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await send();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            Write("rolecall.connection", $"{target.GetLeftPart(UriPartial.Authority)} \"{method} {pathAndQuery} HTTP/1.1\" {response.Status} {Encoding.UTF8.GetByteCount(response.Body)} ({elapsed} ms)");
            Write("rolecall.parsers", $"Response headers: {{'x-amzn-RequestId': '{response.RequestId}', 'Date': '{response.Date?.ToString("R", CultureInfo.InvariantCulture)}'}}");
            Write("rolecall.parsers", $"Response body: {Redact(response.Body)}");
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or OperationCanceledException)
        {
            Write("rolecall.endpoint", $"Exception received when sending HTTP request: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }

    private void Write(string logger, string message) =>
        log($"{time.GetLocalNow():yyyy-MM-dd HH:mm:ss,fff} - MainThread - {logger} - DEBUG - {message}");

    private static string RedactHeader(string name, string value) => name.ToLowerInvariant() switch
    {
        "authorization" => MaskKeyIds(SignatureValue().Replace(value, "Signature=***")),
        "x-amz-security-token" => "***",
        _ => value,
    };

    /// <summary>Secret form fields (`Password=...`), XML elements (`&lt;SecretAccessKey&gt;...`) and JSON members (`"accessToken": "..."`) become `***`.</summary>
    internal static string Redact(string text) =>
        MaskKeyIds(SecretJson().Replace(SecretElement().Replace(SecretField().Replace(text, "$1=***"), "<$1>***</$1>"), "\"$1\":\"***\""));

    /// <summary>
    /// The signing key ID in a SigV4 credential scope keeps its first and last four characters, as `vault list`
    /// shows it: not a secret to AWS, but the vault keeps key IDs off the screen, and a log is often pasted.
    /// </summary>
    internal static string MaskKeyIds(string text) => CredentialKeyId().Replace(text, "$1$2************$3");

    [GeneratedRegex("((?:X-Amz-)?Credential=)([A-Z]{4})[A-Z0-9]{8,}([A-Z0-9]{4})(?=/|%2F)")]
    private static partial Regex CredentialKeyId();

    [GeneratedRegex("Signature=[0-9a-f]+")]
    private static partial Regex SignatureValue();

    [GeneratedRegex("(?<=^|[&?])((?:[A-Za-z]+\\.)*(?:SecretAccessKey|SessionToken|SecurityToken|X-Amz-Security-Token|X-Amz-Signature|Password|NewPassword|OldPassword|TokenCode|AuthenticationCode1|AuthenticationCode2|SAMLAssertion|WebIdentityToken|PrivateKey|ClientSecret|DeviceCode|Code))=[^&]*")]
    private static partial Regex SecretField();

    [GeneratedRegex("<(SecretAccessKey|SessionToken|Password|Base32StringSeed|QRCodePNG|PrivateKey|SAMLAssertion|WebIdentityToken)>[^<]*</\\1>")]
    private static partial Regex SecretElement();

    [GeneratedRegex("\"(secretAccessKey|sessionToken|accessToken|refreshToken|clientSecret|deviceCode|code|codeVerifier|SecretAccessKey|SessionToken)\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex SecretJson();
}
