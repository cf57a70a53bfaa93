using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// O_DIRECT for large body transfers (issue 11, 1 GiB PUT at 300 MB/s). Buffered writes of a fresh 1 GiB file cost
/// 1-2.5 s of kernel CPU per GiB on this project's VM (copy_folio_from_iter into newly allocated page-cache pages,
/// each first touch faulting on the host), about half of the server's CPU for a PUT; direct I/O moves the slices
/// by DMA (0.1-0.2 s per GiB). .NET has no FileOptions for it on Unix, so it is switched on with fcntl(F_SETFL) on a
/// handle .NET opened. Only on Linux; where the file system refuses it (EINVAL), callers keep the buffered handle.
/// Direct transfers need the buffer address, the file offset and the length aligned to <see cref="Alignment"/>.
/// </summary>
internal static class DirectIo
{
    /// <summary>A multiple of every logical block size in use (512 or 4096).</summary>
    public const int Alignment = 4096;

    private const int GetFlags = 3; // F_GETFL
    private const int SetFlags = 4; // F_SETFL

    /// <summary>O_DIRECT differs by architecture (asm-generic 040000, arm/arm64 0200000).</summary>
    private static readonly int Flag = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x10000 : 0x4000;

    public static bool Supported { get; } = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>Turns O_DIRECT on for <paramref name="handle"/>; false when not possible (then nothing changed).</summary>
    public static bool TryEnable(SafeFileHandle handle)
    {
        if (!Supported)
        {
            return false;
        }

        var descriptor = (int)handle.DangerousGetHandle();
        var flags = Fcntl(descriptor, GetFlags, 0);
        return flags >= 0 && Fcntl(descriptor, SetFlags, flags | Flag) == 0;
    }

    /// <summary>True when a transfer of <paramref name="data"/> at <paramref name="offset"/> meets O_DIRECT's alignment.</summary>
    public static bool Fits(ReadOnlySpan<byte> data, long offset) =>
        data.Length % Alignment == 0 && offset % Alignment == 0
        && Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref MemoryMarshal.GetReference(data)) % Alignment == 0;

    // DllImport (blittable ints), as DescriptorStream does: LibraryImport would need AllowUnsafeBlocks for the project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int descriptor, int command, int argument);
#pragma warning restore SYSLIB1054
}
