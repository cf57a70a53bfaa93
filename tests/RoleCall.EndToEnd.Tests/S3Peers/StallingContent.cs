using System.Net;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// A request body that declares <paramref name="declared"/> bytes, sends the first <paramref name="sent"/> of
/// them and then waits until cancelled: an upload caught in the middle.
/// </summary>
internal sealed class StallingContent(long declared, long sent, CancellationToken stop) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var block = new byte[1024 * 1024];
        Random.Shared.NextBytes(block);
        for (long written = 0; written < sent; written += block.Length)
        {
            await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, sent - written)), stop);
        }

        await stream.FlushAsync(stop);
        await Task.Delay(Timeout.Infinite, stop);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = declared;
        return true;
    }
}
