using System.Text.RegularExpressions;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Validation;

/// <summary>
/// Parameter constraints as the IAM API reference states them; a violation is a ValidationError worded
/// "1 validation error detected: Value 'v' at 'field' failed to satisfy constraint: ...".
/// </summary>
public static partial class IamValidation
{
    public const string NamePattern = @"[\w+=,.@-]+";
    public const string PathPattern = @"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)";

    /// <summary>roleDescriptionType: tab, LF, CR, printable ASCII and Latin-1 (no C0/C1 controls).</summary>
    public const string DescriptionPattern = @"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*";

    public const string TagKeyPattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]+";

    public const string TagValuePattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*";

    public static void Name(string value, string field, int maxLength)
    {
        Length(value, field, 1, maxLength);
        if (!NameRegex().IsMatch(value))
        {
            throw IamErrors.Constraint(value, field, $"Member must satisfy regular expression pattern: {NamePattern}");
        }
    }

    /// <summary>A role description: at most <paramref name="maxLength"/> characters of <see cref="DescriptionPattern"/>.</summary>
    public static void Description(string value, string field, int maxLength)
    {
        Length(value, field, 0, maxLength);
        if (!DescriptionRegex().IsMatch(value))
        {
            throw IamErrors.Constraint(value, field, $"Member must satisfy regular expression pattern: {DescriptionPattern}");
        }
    }

    public static int NameLength(EntityKind kind) =>
        kind == EntityKind.Group ? IamLimits.GroupOrPolicyNameLength : IamLimits.UserOrRoleNameLength;

    public static void Path(string value, string field = "path")
    {
        Length(value, field, 1, IamLimits.PathLength);
        if (!PathRegex().IsMatch(value))
        {
            throw IamErrors.Constraint(value, field, $"Member must satisfy regular expression pattern: {PathPattern}");
        }
    }

    public static void Length(string value, string field, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < min)
        {
            throw IamErrors.Constraint(value, field, $"Member must have length greater than or equal to {min}");
        }

        if (value.Length > max)
        {
            throw IamErrors.Constraint(value, field, $"Member must have length less than or equal to {max}");
        }
    }

    public static void Range(int value, string field, int min, int max)
    {
        if (value < min)
        {
            throw IamErrors.Constraint(Text(value), field, $"Member must have value greater than or equal to {min}");
        }

        if (value > max)
        {
            throw IamErrors.Constraint(Text(value), field, $"Member must have value less than or equal to {max}");
        }
    }

    /// <summary>Tag keys 1-128 and values 0-256, both of `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`, at most 50, keys unique.</summary>
    public static void Tags(IReadOnlyList<Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count > IamLimits.TagsPerEntity)
        {
            throw IamErrors.Constraint(null, "tags", $"Member must have length less than or equal to {IamLimits.TagsPerEntity}");
        }

        for (var i = 0; i < tags.Count; i++)
        {
            Length(tags[i].Key, $"tags.{i + 1}.member.key", 1, 128);
            Length(tags[i].Value, $"tags.{i + 1}.member.value", 0, 256);
            if (!TagRegex().IsMatch(tags[i].Key))
            {
                throw IamErrors.Constraint(tags[i].Key, $"tags.{i + 1}.member.key", $"Member must satisfy regular expression pattern: {TagKeyPattern}");
            }

            // A value once went unchecked, and one control character in it broke every listing (issue 17, item 4).
            if (!TagRegex().IsMatch(tags[i].Value))
            {
                throw IamErrors.Constraint(tags[i].Value, $"tags.{i + 1}.member.value", $"Member must satisfy regular expression pattern: {TagValuePattern}");
            }
        }

        if (tags.Select(t => t.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tags.Count)
        {
            throw AwsInvalidInput("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        }
    }

    private static Core.Errors.AwsServiceException AwsInvalidInput(string message) => Core.Errors.AwsServiceException.InvalidInput(message);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\A[\w+=,.@-]+\z")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"\A(/|/[\u0021-\u007E]+/)\z")]
    private static partial Regex PathRegex();

    [GeneratedRegex(@"\A[\p{L}\p{Z}\p{N}_.:/=+\-@]*\z")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\A[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*\z")]
    private static partial Regex DescriptionRegex();
}
