using System.Text;
using RoleCall.Credentials.Providers;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// ~/.aws/cli/cache, shared with the AWS CLI: one <c>&lt;key&gt;.json</c> per session. Writes are atomic
/// (temporary file, then rename) and private (0600), so a reader never sees half a file and other users
/// never see the secret. A corrupt entry is reported through <paramref name="warn"/> and treated as absent.
/// </summary>
public sealed class FileCredentialCache(string directory, Action<string> warn)
{
    public string Directory { get; } = directory;

    public string PathFor(string key) => Path.Combine(Directory, key + ".json");

    public StsSession? TryRead(string key)
    {
        var path = PathFor(key);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn(CacheMessages.Unreadable(path, SystemFailureText.Of(e)));
            return null;
        }

        var session = CacheEntryCodec.TryRead(text);
        if (session is null)
        {
            warn(CacheMessages.Corrupt(path));
        }

        return session;
    }

    public void Write(string key, StsSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        PrivateFiles.WriteAtomically(Directory, PathFor(key), Encoding.UTF8.GetBytes(CacheEntryCodec.Write(session)));
    }

    /// <summary>Deletes the given keys' entries (or every entry when null); returns how many went.</summary>
    public int Clear(IReadOnlyCollection<string>? keys = null)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var removed = 0;
        var targets = keys is null ? System.IO.Directory.GetFiles(Directory, "*.json") : keys.Select(PathFor).Where(File.Exists);
        foreach (var file in targets)
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }
}
