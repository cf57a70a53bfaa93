namespace RoleCall.Credentials.Sts;

/// <summary>
/// The difference between the service's clock and ours, learned from a response's `Date` header when the
/// service refused a request as too old or too new; later signatures use local time plus this offset.
/// Shared by all clients of a process. Thread-safe.
/// </summary>
public sealed class ClockSkew
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Set(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
}
