using System.Globalization;
using System.Text.RegularExpressions;
using RoleCall.Core.Errors;

namespace RoleCall.Iam.Sts.Validation;

/// <summary>
/// Collects constraint violations the way AWS's request validation reports them: every problem in one
/// ValidationError, "N validation error(s) detected: Value 'v' at 'field' failed to satisfy constraint: ...",
/// joined with "; ". Field names are the API's lowerCamel member names.
/// </summary>
internal sealed class ParameterValidator
{
    private readonly List<string> problems = [];

    public ParameterValidator Required(string field, string? value)
    {
        if (value is null)
        {
            problems.Add($"Value null at '{field}' failed to satisfy constraint: Member must not be null");
        }

        return this;
    }

    public ParameterValidator Length(string field, string? value, int min, int max)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length < min)
        {
            Add(field, value, $"Member must have length greater than or equal to {min}");
        }
        else if (value.Length > max)
        {
            Add(field, value, $"Member must have length less than or equal to {max}");
        }

        return this;
    }

    /// <summary>Checks a whole-value pattern; <paramref name="pattern"/> is AWS's spelling, printed as is.</summary>
    public ParameterValidator Pattern(string field, string? value, Regex regex, string pattern)
    {
        if (value is not null && !regex.IsMatch(value))
        {
            Add(field, value, $"Member must satisfy regular expression pattern: {pattern}");
        }

        return this;
    }

    public ParameterValidator Range(string field, int? value, int min, int max)
    {
        if (value is { } number && number < min)
        {
            Add(field, number.ToString(CultureInfo.InvariantCulture), $"Member must have value greater than or equal to {min}");
        }
        else if (value is { } high && high > max)
        {
            Add(field, high.ToString(CultureInfo.InvariantCulture), $"Member must have value less than or equal to {max}");
        }

        return this;
    }

    public ParameterValidator Count<T>(string field, IReadOnlyCollection<T> items, int max)
    {
        if (items.Count > max)
        {
            Add(field, "[" + string.Join(", ", items) + "]", $"Member must have length less than or equal to {max}");
        }

        return this;
    }

    /// <summary>Throws the collected problems as one ValidationError; does nothing when there are none.</summary>
    public void ThrowIfInvalid()
    {
        if (problems.Count == 0)
        {
            return;
        }

        var noun = problems.Count == 1 ? "error" : "errors";
        throw AwsServiceException.Validation($"{problems.Count} validation {noun} detected: {string.Join("; ", problems)}");
    }

    private void Add(string field, string value, string constraint) =>
        problems.Add($"Value '{value}' at '{field}' failed to satisfy constraint: {constraint}");
}
