using RoleCall.Server.Hosting;

namespace RoleCall.Server.Tests.Hosting;

/// <summary>
/// Issue 11 (1 GiB PUT): Kestrel receives into one pool block per socket read, so serve's pool hands out
/// 64 KiB blocks (Kestrel's own are 4 KiB) and reuses returned ones.
/// </summary>
public sealed class LargeBlockPoolTests
{
    [Fact]
    public void Should_hand_out_64_KiB_blocks_for_any_request_up_to_that_size()
    {
        using var pool = new LargeBlockPool();
        using var small = pool.Rent(1);
        using var any = pool.Rent();

        Assert.Equal((64 * 1024, 64 * 1024, 64 * 1024), (small.Memory.Length, any.Memory.Length, pool.MaxBufferSize));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent((64 * 1024) + 1));
    }

    [Fact]
    public void Should_reuse_a_returned_block()
    {
        using var pool = new LargeBlockPool();
        var first = pool.Rent();
        first.Memory.Span[0] = 42;
        first.Dispose();

        using var second = pool.Rent();

        Assert.Equal(42, second.Memory.Span[0]);
        Assert.Throws<ObjectDisposedException>(() => first.Memory);
    }
}
