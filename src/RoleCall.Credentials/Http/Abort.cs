using System.Net.Sockets;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Http;

/// <summary>
/// Ends blocking socket calls from outside: the caller's cancellation (and a connect deadline) dispose what
/// is in flight, and <see cref="Translate"/> turns the resulting socket error into what the transport
/// promises: <see cref="OperationCanceledException"/> when the caller asked, else <see cref="HttpRequestException"/>.
/// </summary>
internal sealed class Abort : IDisposable
{
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _deadline;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenRegistration _registration;

    private Abort(CancellationTokenSource? deadline, TimeSpan timeout, IDisposable? target, CancellationToken caller)
    {
        _caller = caller;
        _deadline = deadline;
        _timeout = timeout;
        if (target is not null)
        {
            _registration = caller.Register(target.Dispose);
        }
    }

    /// <summary>Fires on the caller's cancellation or at the deadline of <see cref="After"/>, whichever is first.</summary>
    public CancellationToken Token => _deadline?.Token ?? _caller;

    public static Abort After(TimeSpan timeout, CancellationToken caller)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(caller);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(timeout);
        }

        return new Abort(deadline, timeout, null, caller);
    }

    public static Abort OnCancel(IDisposable target, CancellationToken caller) => new(null, TimeSpan.Zero, target, caller);

    public Exception Translate(Exception error, string what)
    {
        if (_caller.IsCancellationRequested)
        {
            return new OperationCanceledException(_caller);
        }

        if (_deadline?.IsCancellationRequested == true || IsTimeout(error))
        {
            var after = _deadline is null ? "" : $" after {_timeout.TotalSeconds:0.#} s";
            return HttpFailures.Of($"{what}: timed out{after}", error);
        }

        return HttpFailures.Of($"{what}: {SystemFailureText.Of(Innermost(error))}", error);
    }

    public void Dispose()
    {
        _registration.Dispose();
        _deadline?.Dispose();
    }

    private static bool IsTimeout(Exception error) => Innermost(error) is SocketException { SocketErrorCode: SocketError.TimedOut };

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null && error is IOException or AggregateException)
        {
            error = error.InnerException;
        }

        return error;
    }
}
