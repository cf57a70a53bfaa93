namespace RoleCall.Core.Errors;

/// <summary>
/// An error the AWS CLI reports in botocore's own words (`You must specify a region. ...`, `Partial credentials
/// found in ...`), which scripts and users compare against: it is printed as the AWS CLI prints it, after a
/// blank line and without rolecall's prefix, then rolecall's hint; the exit code is the AWS CLI v2's for it
/// (issue 16, item 5).
/// </summary>
public sealed class AwsCliMessageException : RoleCallException
{
    private readonly int _exitCode;

    private AwsCliMessageException(string message, string hint, int exitCode)
        : base(message, hint)
    {
        _exitCode = exitCode;
    }

    public override int ExitCode => _exitCode;

    public override bool InAwsCliWords => true;

    /// <summary>botocore's NoRegionError: a service that needs a region, none configured (the AWS CLI v2 exits 253).</summary>
    public static AwsCliMessageException NoRegion() =>
        new("You must specify a region. You can also configure your region by running \"aws configure\".",
            "set one with --region, AWS_REGION, AWS_DEFAULT_REGION or `rolecall configure set region us-east-1`",
            ExitCodes.InvalidConfiguration);

    /// <summary>botocore's ProfileNotFound: a named profile neither file defines (the AWS CLI v2 exits 255).</summary>
    public static AwsCliMessageException ProfileNotFound(string profile, string hint) =>
        new($"The config profile ({profile}) could not be found", hint, ExitCodes.OtherFailure);

    /// <summary>
    /// botocore's PartialCredentialsError: a key ID without its secret. <paramref name="provider"/> is the
    /// credential method (`env`, `shared-credentials-file`, `config-file`); the AWS CLI v2 exits 255.
    /// </summary>
    public static AwsCliMessageException PartialCredentials(string provider, string missing, string hint) =>
        new($"Partial credentials found in {provider}, missing: {missing}", hint, ExitCodes.OtherFailure);

    /// <summary>
    /// awscli's ParamError, a value the CLI could not read before any call (`Error parsing parameter '--policy':
    /// Unable to load paramfile ...`, a shorthand syntax error); the AWS CLI v2 exits 252.
    /// </summary>
    public static AwsCliMessageException ParamError(string option, string message, string hint) =>
        new($"Error parsing parameter '{option}': {message}", hint, ExitCodes.BadSyntax);

    /// <summary>
    /// The AWS CLI's check of `--endpoint-url` (awscli/customizations/globalargs.py): a value without a URL
    /// scheme, the empty string included, is refused before anything else runs (the AWS CLI v2 exits 252).
    /// </summary>
    public static AwsCliMessageException BadEndpointUrl(string value) =>
        new($"Bad value for --endpoint-url \"{value}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/",
            "write the scheme, e.g. --endpoint-url http://127.0.0.1:4600", ExitCodes.BadSyntax);
}
