using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// The AWS CLI's `file://` (text) and `fileb://` (bytes, sent base64-encoded) parameter values, read relative to
/// the current directory, with the AWS CLI's "Error parsing parameter" message when the file can't be read.
/// </summary>
internal static class ParameterFiles
{
    public static string Resolve(string option, string value, Func<string, string> expandPath)
    {
        try
        {
            if (value.StartsWith("file://", StringComparison.Ordinal))
            {
                return File.ReadAllText(expandPath(value["file://".Length..]));
            }

            if (value.StartsWith("fileb://", StringComparison.Ordinal))
            {
                return Convert.ToBase64String(File.ReadAllBytes(expandPath(value["fileb://".Length..])));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UsageException.Custom($"Error parsing parameter '{option}': Unable to load paramfile {value}: {e.Message}",
                "check the path; file:// paths are relative to the current directory");
        }

        return value;
    }
}
