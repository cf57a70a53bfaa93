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

    /// <summary>
    /// The latest time the clock may show: a year short of DateTimeOffset's end, so that every expiry the
    /// service computes from "now" (at most days ahead) stays representable. Past 9999 every later request
    /// failed with 500 until a restart (issue 17, item 9).
    /// </summary>
    public static DateTimeOffset Latest { get; } = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Moves the clock forward; time never runs backwards, so a negative amount is refused.</summary>
    public DateTimeOffset Advance(TimeSpan amount) =>
        TryAdvance(amount, out var now) ? now : throw new ArgumentOutOfRangeException(nameof(amount), $"the clock may not pass {Latest:O}");

    /// <summary>Moves the clock forward unless that would pass <see cref="Latest"/>; false leaves it where it was.</summary>
    public bool TryAdvance(TimeSpan amount, out DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        while (true)
        {
            var offset = Interlocked.Read(ref offsetTicks);
            var real = RealTime.GetUtcNow();
            if (amount.Ticks > (Latest - real).Ticks - offset)
            {
                now = real + TimeSpan.FromTicks(offset);
                return false;
            }

            if (Interlocked.CompareExchange(ref offsetTicks, offset + amount.Ticks, offset) == offset)
            {
                now = real + TimeSpan.FromTicks(offset + amount.Ticks);
                return true;
            }
        }
    }
}
