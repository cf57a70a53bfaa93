using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Ini;

/// <summary>
/// Reads a shared file from disk. botocore skips a path that is not a regular file (missing, or a
/// directory) and rejects bytes that are not UTF-8; a byte-order mark is kept as text, so a BOM-prefixed
/// file fails exactly where botocore's fails (a header it does not recognise).
/// </summary>
internal static class IniFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IniFile? ReadIfExists(string path)
    {
        var text = ReadTextIfExists(path);
        return text is null ? null : IniParser.Parse(IniDocument.Parse(text), path);
    }

    /// <summary>The file's text, or null when no regular file is there.</summary>
    public static string? ReadTextIfExists(string path)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // File.Exists is true for a dangling symlink, but there is no file to read: botocore's
            // os.path.isfile says the same, so it counts as absent (issue 17, item 10).
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            throw ConfigErrors.Unreadable(path, "permission denied", e);
        }
        catch (IOException e)
        {
            throw ConfigErrors.Unreadable(path, SystemFailureText.Of(e), e);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ConfigErrors.NotUtf8(path);
        }
    }
}
