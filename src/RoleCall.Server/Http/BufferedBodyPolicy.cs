using RoleCall.Core.Errors;

namespace RoleCall.Server.Http;

/// <summary>
/// How much of a request body the server holds in memory. Query-protocol (iam, sts) and JSON bodies are
/// read whole, because SigV4 hashes them and the form is decoded from them; they are small (the largest
/// legal one, a 6,144-character policy URL-encoded, is ~20 KiB), so one MiB is generous. Bodies that
/// stream (S3 objects) do not pass through here and are not bound by this cap.
/// The cap is checked against the declared Content-Length BEFORE anything is allocated, and again while
/// reading, so a connection that declares 2 GB and sends nothing costs nothing (issue 17, item 1).
/// </summary>
internal static class BufferedBodyPolicy
{
    /// <summary>The most bytes a buffered body may hold.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Up to this many declared bytes are allocated at once (the common case: a few hundred bytes). A larger
    /// declared body grows its buffer as bytes arrive, so memory follows what was sent, not what was claimed.
    /// </summary>
    public const int UpfrontBytes = 16 * 1024;

    /// <summary>Refuses a declared length above the cap (also any length above 2^31, which no array holds).</summary>
    public static void CheckDeclared(long declared)
    {
        if (declared > MaxBytes)
        {
            throw TooLarge();
        }
    }

    /// <summary>Refuses a body that has grown past the cap while being read (chunked, or a lying length).</summary>
    public static void CheckRead(long read)
    {
        if (read > MaxBytes)
        {
            throw TooLarge();
        }
    }

    /// <summary>AWS's answer to an oversized Query request: 413 RequestEntityTooLarge.</summary>
    public static AwsServiceException TooLarge() =>
        new("RequestEntityTooLarge", "Request body is larger than the 1 MiB this service accepts.", 413);
}
