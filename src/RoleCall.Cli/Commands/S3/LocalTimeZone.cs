namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// The zone `s3 ls` prints dates in: the command environment's TZ when it names a zone (`Europe/Paris`,
/// `:Asia/Kolkata`, `UTC`), as the C library reads it for the AWS CLI, else the system's local zone. Reading TZ
/// from the command's environment keeps it one seam (tests set it per run, as for the AWS CLI they compare with).
/// </summary>
internal static class LocalTimeZone
{
    public static TimeZoneInfo From(IReadOnlyDictionary<string, string> environment)
    {
        if (!environment.TryGetValue("TZ", out var tz) || string.IsNullOrWhiteSpace(tz))
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(tz.TrimStart(':'));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A POSIX rule string (`EST+5`) or a name the system lacks: the C library would fall back to UTC
            // for an unknown name; .NET's own Local applies the same reading of TZ.
            return TimeZoneInfo.Local;
        }
    }
}
