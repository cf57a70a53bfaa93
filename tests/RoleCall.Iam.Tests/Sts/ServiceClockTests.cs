using RoleCall.Iam.Sts.Clock;
using RoleCall.Iam.Tests.Sts.Support;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 6: the movable service clock and the logic of POST /_rolecall/clock.</summary>
public sealed class ServiceClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_run_ahead_of_real_time_by_the_advanced_amount_while_real_time_stays()
    {
        var real = new ManualClock(Start);
        var clock = new ServiceClock(real);

        var result = ClockEndpoint.Handle(clock, """{"advanceSeconds": 3601}""");

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"now":"2026-11-21T13:00:01Z","offsetSeconds":3601}""", result.Body);
        Assert.Equal(Start.AddSeconds(3601), clock.GetUtcNow());
        Assert.Equal(Start, clock.RealTime.GetUtcNow());
        real.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddSeconds(3611), clock.GetUtcNow());
    }

    [Theory]
    [InlineData("""{"advanceSeconds": -5}""")]
    [InlineData("""{"advanceSeconds": "60"}""")]
    [InlineData("""{"advance": 60}""")]
    [InlineData("not json")]
    public void Should_refuse_bodies_that_do_not_move_the_clock_forward_by_whole_seconds(string body)
    {
        var clock = new ServiceClock(new ManualClock(Start));
        var result = ClockEndpoint.Handle(clock, body);
        Assert.Equal(400, result.StatusCode);
        Assert.Contains("advanceSeconds", result.Body, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }

    [Fact]
    public void Should_date_session_expiry_by_the_service_clock()
    {
        var world = new StsWorld();
        var user = world.AddUser("u");
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn));
        var session = world.SessionOf(world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"), ("DurationSeconds", "900")));
        Assert.Equal(world.Clock.Now.AddSeconds(900), session.Session!.Expiration);
    }
}
