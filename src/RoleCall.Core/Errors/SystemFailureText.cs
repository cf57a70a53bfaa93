using System.Security.Authentication;

namespace RoleCall.Core.Errors;

/// <summary>
/// Plain words for a failure the runtime reported (file system, TLS), to put after "cannot open X: ". The CLI is
/// built with UseSystemResourceKeys (start-up time), so the runtime's own messages are resource keys:
/// `IO_FileExists_Name, /srv/data`, `UnauthorizedAccess_IODenied_Path, /proc/1`, `net_frame_read_size`. Those
/// never reach a user: the common failures are named by their type or errno, and any other key is turned into
/// a sentence that says what kind of failure it was. Messages that are already text (strerror's "Broken pipe",
/// Npgsql's, Kestrel's) are kept.
/// </summary>
public static class SystemFailureText
{
    /// <summary>EEXIST on Linux and macOS: .NET puts the errno in an IOException's HResult.</summary>
    private const int FileExists = 17;

    /// <param name="failure">What the runtime threw.</param>
    /// <param name="namePath">Append the path the runtime named (`: /srv/data`), for a caller whose message does not name it already.</param>
    public static string Of(Exception failure, bool namePath = false)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var (key, detail) = ResourceKey(failure.Message);
        var text = Words(failure, key, detail);
        return namePath && detail is not null && failure is IOException or UnauthorizedAccessException ? $"{text}: {detail}" : text;
    }

    private static string Words(Exception failure, string? key, string? detail) =>
        failure switch
        {
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such directory",
            PathTooLongException => "the path is too long",
            IOException when failure.HResult == FileExists || key == "IO_FileExists_Name" =>
                "something of that name is already there (a file where a directory belongs, or a directory where a file belongs)",
            // An answer that is not a TLS record (net_frame_read_size): a plain-HTTP server on an https:// URL.
            AuthenticationException when key?.Contains("frame", StringComparison.Ordinal) == true =>
                "the server did not answer in TLS (is the endpoint http:// rather than https://?)",
            AuthenticationException when key is not null =>
                "the server's certificate was not accepted" + (detail is null ? string.Empty : $" ({detail})"),
            _ when key is not null => Sentence(failure, key, detail),
            _ => failure.Message,
        };

    /// <summary>A message that is a bare resource key (`Name_Part[, arguments]`), split; (null, null) for real text.</summary>
    internal static (string? Key, string? Detail) ResourceKey(string message)
    {
        var comma = message.IndexOf(", ", StringComparison.Ordinal);
        var key = comma < 0 ? message : message[..comma];
        var looksLikeKey = key.Length > 2 && key.Contains('_', StringComparison.Ordinal) && char.IsAsciiLetter(key[0])
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return looksLikeKey ? (key, comma < 0 ? null : message[(comma + 2)..]) : (null, null);
    }

    private static string Sentence(Exception failure, string key, string? detail)
    {
        var what = failure switch
        {
            IOException => "an input/output error",
            AuthenticationException => "a TLS error",
            _ => "an error",
        };
        return $"{what} ({key}{(detail is null ? string.Empty : ": " + detail)})";
    }
}
