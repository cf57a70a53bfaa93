using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>
/// Issues 13 and 17: an STS call made with <see cref="RequestInfo.Pending"/> queues its session insert
/// (<see cref="Store.IDeferredSessionWrites"/>) instead of blocking its thread on the commit, and
/// <see cref="PendingWrites.WhenDurableAsync"/> — which the endpoint awaits before answering — completes only
/// once the session is stored; without it, the session is stored before the call returns.
/// </summary>
public sealed class PendingSessionWriteTests
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""";
    private const string AllowAssume = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""";

    private readonly StsWorld world = new();

    [Fact]
    public async Task Should_answer_AssumeRole_only_after_its_queued_session_is_committed()
    {
        var user = world.AddUser("u", AllowAssume);
        world.AddRole("r", Trust);
        var pending = new PendingWrites();
        world.Info = world.Info with { Pending = pending };
        world.Store.CommitGate = new TaskCompletionSource();

        var result = world.Sts(user, "AssumeRole", ("RoleArn", "arn:aws:iam::123456789012:role/r"), ("RoleSessionName", "session"));
        var keyId = Value(result, "Credentials", "AccessKeyId");

        var durable = pending.WhenDurableAsync();
        Assert.False(durable.IsCompleted);
        Assert.Null(world.Store.FindSession(keyId));

        world.Store.CommitGate.SetResult();
        await durable;
        Assert.NotNull(world.Store.FindSession(keyId));
    }

    [Fact]
    public void Should_store_the_session_before_returning_when_the_request_has_no_pending_writes()
    {
        var user = world.AddUser("u");
        world.Store.CommitGate = new TaskCompletionSource(); // never completed: a queued insert would never land

        var result = world.Sts(user, "GetSessionToken");

        Assert.NotNull(world.Store.FindSession(Value(result, "Credentials", "AccessKeyId")));
    }

    [Fact]
    public async Task Should_fail_the_answer_when_a_queued_session_fails_to_commit()
    {
        var user = world.AddUser("u");
        var pending = new PendingWrites();
        world.Info = world.Info with { Pending = pending };
        world.Store.CommitGate = new TaskCompletionSource();

        world.Sts(user, "GetSessionToken");
        world.Store.CommitGate.SetException(new IOException("disk full"));

        var failure = await Assert.ThrowsAsync<IOException>(pending.WhenDurableAsync);
        Assert.Equal("disk full", failure.Message);
    }

    [Fact]
    public async Task Should_wait_for_every_write_a_request_queued()
    {
        var pending = new PendingWrites();
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        pending.Add(first.Task);
        pending.Add(second.Task);

        first.SetResult();
        Assert.False(pending.WhenDurableAsync().IsCompleted);
        second.SetResult();
        await pending.WhenDurableAsync();
        Assert.True(new PendingWrites().WhenDurableAsync().IsCompletedSuccessfully);
    }
}
