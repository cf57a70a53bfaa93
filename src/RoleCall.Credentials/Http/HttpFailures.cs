namespace RoleCall.Credentials.Http;

/// <summary>
/// Makes the transport's <see cref="HttpRequestException"/>s. One method, not `new HttpRequestException` at each
/// site: ReadyToRun resolves the type of every `new` in a method when the method first runs, so each of those
/// sites loaded System.Net.Http into every plain call that never fails (issue 12). Typed Exception, not
/// HttpRequestException: a caller the JIT compiles at run time (generic string interpolation keeps some from
/// ReadyToRun) resolves the return types of the methods it calls, and this one's loaded the assembly too.
/// </summary>
internal static class HttpFailures
{
    // Never inlined: inlined into a caller (HttpTarget.Of), its `new` loaded System.Net.Http when that caller ran.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static Exception Of(string message, Exception? inner = null) => new HttpRequestException(message, inner);

    /// <summary>A failed TLS handshake (botocore's SSLError), marked so the caller's error leads with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static Exception OfTls(string message, Exception inner) => new HttpRequestException(HttpRequestError.SecureConnectionError, message, inner);
}
