using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Editing;

/// <summary>
/// Replaces a file's content safely: write a temporary file in the same directory, flush it to disk, then
/// rename it over the target (atomic on POSIX and NTFS). A failure at any step leaves the old file intact.
/// New directories are created 0700 (like <c>~/.aws</c> from the AWS CLI); the credentials file is always
/// 0600; an existing config file keeps its mode and a new one gets 0600. A symlinked file is written
/// through to its target, as the AWS CLI (which opens the path for writing) does.
/// </summary>
internal static class AtomicFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerOnly | UnixFileMode.UserExecute;

    public static void EnsureDirectory(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (string.IsNullOrEmpty(directory) || Directory.Exists(directory))
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, OwnerOnlyDirectory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ConfigErrors.WriteFailed(path, $"cannot create directory {directory}: {Reason(e)}", e);
        }
    }

    public static void Write(string path, string content, ConfigFileKind kind)
    {
        var target = ResolveLinks(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            UnixFileMode? mode = null;
            if (!OperatingSystem.IsWindows())
            {
                mode = kind == ConfigFileKind.Credentials || !File.Exists(target) ? OwnerOnly : File.GetUnixFileMode(target);
                options.UnixCreateMode = mode.Value;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            // The umask strips bits from a create mode (a 0664 target came back 0644); set the mode exactly.
            if (mode is { } exact && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, exact);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw ConfigErrors.WriteFailed(path, Reason(e, path, target), e);
        }
    }

    internal static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final ? final.FullName : path;
    }

    private static string Reason(Exception e) => SystemFailureText.Of(e);

    /// <summary>
    /// A sentence for the failure. The published CLI keeps BCL messages as resource keys
    /// (UseSystemResourceKeys), so a missing directory behind a dangling symlink printed
    /// `IO_FileNotFound_FileName` (issue 17, item 10): name what is missing instead.
    /// </summary>
    private static string Reason(Exception e, string path, string target) => e switch
    {
        DirectoryNotFoundException or FileNotFoundException when target != path =>
            $"it is a symbolic link to {target}, and {Path.GetDirectoryName(target)} does not exist",
        DirectoryNotFoundException or FileNotFoundException => $"directory {Path.GetDirectoryName(Path.GetFullPath(target))} does not exist",
        _ => Reason(e),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the target is intact either way; a leftover dot-file is the lesser harm.
        }
    }
}
