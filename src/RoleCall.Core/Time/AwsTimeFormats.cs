using System.Globalization;

namespace RoleCall.Core.Time;

/// <summary>The timestamp spellings AWS uses on the wire and in files.</summary>
public static class AwsTimeFormats
{
    /// <summary>SigV4's `X-Amz-Date`: 20150830T123600Z.</summary>
    public static string ToAmzDate(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>SigV4's credential-scope date: 20150830.</summary>
    public static string ToScopeDate(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC with a Z, whole seconds, as IAM and STS responses carry timestamps.</summary>
    public static string ToIso8601(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
