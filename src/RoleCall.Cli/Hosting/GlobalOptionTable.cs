using System.Globalization;
using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// Every global option, declared once, in the order the AWS CLI v2 declares them (awscli/data/cli.json): that
/// order is the order argparse names candidates in an "ambiguous option" error. Options the AWS CLI has and
/// rolecall cannot honour are declared too, so their prefixes stay ambiguous exactly where the AWS CLI's are,
/// and so using one is a clear error instead of an "Unknown options" one.
/// </summary>
internal static class GlobalOptionTable
{
    private static readonly string[] OutputChoices = ["json", "text", "table", "yaml", "yaml-stream"];
    private static readonly string[] ColorChoices = ["on", "off", "auto"];
    private static readonly string[] BinaryFormatChoices = ["base64", "raw-in-base64-out"];

    public static IReadOnlyList<GlobalOption> All { get; } =
    [
        new("--debug", null, "log the HTTP exchange to stderr (secrets redacted)", (o, _) => o with { Debug = true }),
        new("--endpoint-url", "URL", "send service calls to this URL", (o, v) => o with { EndpointUrl = Endpoint(v) }),
        new("--no-verify-ssl", null, "do not verify TLS certificates", (o, _) => o with { NoVerifySsl = true }),
        new("--no-paginate", null, "one call only, no automatic pagination", (o, _) => o with { NoPaginate = true }),
        new("--output", "FORMAT", "json | text | table | yaml | yaml-stream", (o, v) => o with { Output = Choice("--output", v, OutputChoices) }),
        new("--query", "JMESPATH", "filter the result with a JMESPath expression", (o, v) => o with { Query = v }),
        new("--profile", "NAME", "use this profile", (o, v) => o with { Profile = v }),
        new("--region", "REGION", "use this region", (o, v) => o with { Region = v }),
        new("--version", null, "print the version and exit", (o, _) => o with { Version = true }),
        new("--color", "on|off|auto", "colour in output", (o, v) => o with { Color = Choice("--color", v, ColorChoices) }),
        new("--no-sign-request", null, "not supported: rolecall signs every request", (_, _) => throw Unsupported("--no-sign-request", "every rolecall call is signed")),
        new("--ca-bundle", "PATH", "trust the CA certificates in this PEM file", (o, v) => o with { CaBundle = v }),
        new("--cli-read-timeout", "SECONDS", "socket read timeout (0: none)", (o, v) => o with { CliReadTimeout = Int("--cli-read-timeout", v) }),
        new("--cli-connect-timeout", "SECONDS", "socket connect timeout (0: none)", (o, v) => o with { CliConnectTimeout = Int("--cli-connect-timeout", v) }),
        // IAM and STS have no blob parameters, so the format is checked and has nothing to change.
        new("--cli-binary-format", "FORMAT", "base64 | raw-in-base64-out (accepted; no IAM or STS parameter is a blob)", (o, v) => Choice("--cli-binary-format", v, BinaryFormatChoices) is null ? o : o),
        new("--no-cli-pager", null, "do not page output (rolecall never pages)", (o, _) => o with { NoCliPager = true }),
        new("--cli-auto-prompt", null, "not supported: rolecall has no auto-prompt", (_, _) => throw Unsupported("--cli-auto-prompt", "give the parameters on the command line")),
        new("--no-cli-auto-prompt", null, "accepted (rolecall never prompts for parameters)", (o, _) => o),
    ];

    public static IEnumerable<string> Names => All.Select(o => o.Name);

    public static GlobalOption? Find(string name) => All.FirstOrDefault(o => o.Name == name);

    /// <summary>The "Global options" section of help, one option per line.</summary>
    public static string Help()
    {
        var text = new StringBuilder("Global options:").AppendLine();
        foreach (var option in All)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {option.Synopsis,-32} {option.Help}").AppendLine();
        }

        return text.ToString();
    }

    private static string Choice(string option, string value, string[] choices) =>
        choices.Contains(value) ? value : throw UsageException.InvalidChoice(option, value, choices);

    private static int Int(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw UsageException.InvalidValue(option, value, "an integer");

    /// <summary>
    /// The value when it has a scheme as Python's urlparse finds one (a letter, then letters, digits, `+-.`,
    /// then `:`), as the AWS CLI checks it; else its error. An empty value is refused too, rather than meaning
    /// "no endpoint" and sending the call to AWS.
    /// </summary>
    private static string Endpoint(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var hasScheme = colon > 0 && char.IsAsciiLetter(value[0]);
        for (var i = 1; hasScheme && i < colon; i++)
        {
            hasScheme = char.IsAsciiLetterOrDigit(value[i]) || value[i] is '+' or '-' or '.';
        }

        return hasScheme ? value : throw AwsCliMessageException.BadEndpointUrl(value);
    }

    private static UsageException Unsupported(string option, string hint) =>
        UsageException.Custom($"{option} is not supported by rolecall", hint);
}
