namespace RoleCall.Iam.Tests.Sts.Support;

/// <summary>A clock tests move by hand (no sleeps).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
