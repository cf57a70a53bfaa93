using RoleCall.Core.Errors;
using RoleCall.JmesPath.Errors;

namespace RoleCall.Cli.Output;

/// <summary>Messages for output and pagination problems (wording after the AWS CLI's).</summary>
internal static class OutputErrors
{
    public static UsageException BadQuery(string query, JmesPathException error) =>
        UsageException.Custom($"argument --query: Bad value for --query {query}: {error.Message}", error.Hint);

    public static ConfigurationException UnknownConfiguredFormat(string value, bool fromEnvironment) =>
        new($"Unknown output type: {value} (from {(fromEnvironment ? "AWS_DEFAULT_OUTPUT" : "the profile's output setting")})",
            $"use one of: {string.Join(", ", OutputFormats.Names)}");

    public static ConfigurationException UnknownTimestampFormat(string value) =>
        new($"Unknown cli_timestamp_format value: {value}, valid values are \"none\", \"wire\" or \"iso8601\"",
            "fix cli_timestamp_format in the profile");

    public static UsageException BadStartingToken(string token) =>
        UsageException.Custom($"Bad starting token: {token}", "pass the NextToken value printed by a previous call with --max-items");

    public static UsageException PagingWithNoPaginate(IEnumerable<string> options) =>
        UsageException.Custom($"Cannot specify --no-paginate along with pagination arguments: {string.Join(", ", options)}");

    public static OutputException TableRowShape(int expected, int actual) =>
        new($"Row should have {expected} elements, instead it has {actual}",
            "the table format needs rows of equal length; use --query to select them, or --output json");

    public static OutputException TextMixedList() =>
        new("the text format cannot print a list that mixes objects with other values",
            "use --query to select one kind, or --output json");

    public static AwsServiceException SameTokenTwice(string token) =>
        new("PaginationError", $"Error during pagination: The same next token was received twice: {token}", 500, senderFault: false);
}
