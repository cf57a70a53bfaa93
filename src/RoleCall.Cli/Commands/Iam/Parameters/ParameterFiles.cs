using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// The AWS CLI's `file://` (text) and `fileb://` (bytes, sent base64-encoded) parameter values, read relative to
/// the current directory, with the AWS CLI's "Error parsing parameter" message when the file can't be read.
/// </summary>
internal static class ParameterFiles
{
    // stringParameter: the member's name when it is a string (not a blob); fileb:// is then botocore's type error.
    public static string Resolve(string option, string value, Func<string, string> expandPath, string? stringParameter = null)
    {
        try
        {
            if (value.StartsWith("file://", StringComparison.Ordinal))
            {
                return File.ReadAllText(expandPath(value["file://".Length..]));
            }

            if (value.StartsWith("fileb://", StringComparison.Ordinal))
            {
                var bytes = File.ReadAllBytes(expandPath(value["fileb://".Length..]));
                return stringParameter is null ? Convert.ToBase64String(bytes) : throw PythonBytes.NotAString(stringParameter, bytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw LoadError(option, value, expandPath(value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..]), e);
        }

        return value;
    }

    /// <summary>
    /// The AWS CLI's error for a `file://` or `fileb://` value that cannot be read; Python's reason names the path
    /// as opened (<paramref name="path"/>: `~` and variables expanded, a relative path left relative).
    /// </summary>
    public static AwsCliMessageException LoadError(string option, string value, string path, Exception error) =>
        AwsCliMessageException.ParamError(option, $"Unable to load paramfile {value}: {PythonReason(error, path)}",
            "check the path; file:// paths are relative to the current directory");

    /// <summary>
    /// The reason as Python's OSError prints it (the AWS CLI's text), not .NET's message: under invariant
    /// globalization .NET's messages are bare resource keys like IO_FileNotFound_FileName.
    /// </summary>
    private static string PythonReason(Exception error, string path) =>
        error switch
        {
            FileNotFoundException or DirectoryNotFoundException => $"[Errno 2] No such file or directory: '{path}'",
            UnauthorizedAccessException => $"[Errno 13] Permission denied: '{path}'",
            _ => SystemFailureText.Of(error),
        };
}
