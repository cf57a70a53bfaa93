using System.Buffers;
using Microsoft.AspNetCore.Connections;

namespace RoleCall.Server.Hosting;

/// <summary>Hands Kestrel's transport <see cref="LargeBlockPool"/>s (registered in the server's services; Kestrel asks for one per transport).</summary>
internal sealed class LargeBlockPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockPool();
}
