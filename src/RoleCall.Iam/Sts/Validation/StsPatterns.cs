using System.Text.RegularExpressions;

namespace RoleCall.Iam.Sts.Validation;

/// <summary>The STS API reference's member patterns, compiled once; the string beside each is AWS's spelling.</summary>
internal static partial class StsPatterns
{
    public const string NameText = @"[\w+=,.@-]*";
    public const string ExternalIdText = @"[\w+=,.@:\/-]*";
    public const string SerialNumberText = @"[\w+=/:,.@-]*";
    public const string TokenCodeText = @"[\d]*";
    public const string TagKeyText = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]+";
    public const string TagValueText = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*";
    public const string AccessKeyIdText = @"[\w]*";

    [GeneratedRegex(@"^[\w+=,.@-]*$")]
    public static partial Regex Name();

    [GeneratedRegex(@"^[\w+=,.@:/-]*$")]
    public static partial Regex ExternalId();

    [GeneratedRegex(@"^[\w+=/:,.@-]*$")]
    public static partial Regex SerialNumber();

    [GeneratedRegex(@"^\d*$")]
    public static partial Regex TokenCode();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$")]
    public static partial Regex TagKey();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    public static partial Regex TagValue();

    [GeneratedRegex(@"^\w*$")]
    public static partial Regex AccessKeyId();
}
