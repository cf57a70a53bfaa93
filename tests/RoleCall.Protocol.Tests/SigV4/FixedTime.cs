namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>A clock pinned to one instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
