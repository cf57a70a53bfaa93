namespace RoleCall.Iam.Sts.Clock;

/// <summary>
/// The service's one clock: real time plus an offset that only moves forward. `rolecall serve --dev-clock`
/// lets a test advance it (POST /_rolecall/clock) to watch credentials expire without waiting. Everything
/// time-dependent in the service reads this provider — expiry, MFA codes, `aws:CurrentTime` — except the
/// SigV4 freshness check, which must keep using <see cref="RealTime"/> so ordinary clients keep working.
/// </summary>
public sealed class ServiceClock : TimeProvider
{
    private long offsetTicks;

    public ServiceClock(TimeProvider realTime)
    {
        ArgumentNullException.ThrowIfNull(realTime);
        RealTime = realTime;
    }

    /// <summary>The clock the offset is added to (for signature freshness).</summary>
    public TimeProvider RealTime { get; }

    /// <summary>How far the service clock runs ahead of real time.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => RealTime.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => RealTime.LocalTimeZone;

    // Durations (timers, stopwatches) stay on the real monotonic clock: only wall time travels.
    public override long GetTimestamp() => RealTime.GetTimestamp();

    public override long TimestampFrequency => RealTime.TimestampFrequency;

    /// <summary>Moves the clock forward; time never runs backwards, so a negative amount is refused.</summary>
    public DateTimeOffset Advance(TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, amount.Ticks);
        return GetUtcNow();
    }
}
