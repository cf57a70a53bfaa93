namespace RoleCall.Credentials.Tests.Sts;

/// <summary>A clock that says what the test tells it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
