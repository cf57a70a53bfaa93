namespace RoleCall.Core.Errors;

/// <summary>
/// botocore's NoCredentialsError as the AWS CLI prints it (awscli/errorhandler.py: `%s. You can configure
/// credentials by running "aws configure".`, exit 253): no source in the chain gave credentials. Its own type,
/// because botocore reports it last: the chain runs, then the service client is made (a missing region is
/// NoRegionError), and only signing finds that there is nothing to sign with.
/// </summary>
public sealed class NoCredentialsException : RoleCallException
{
    public const string AwsCliText = "Unable to locate credentials. You can configure credentials by running \"aws configure\".";

    public NoCredentialsException(string hint, Exception? inner = null)
        : base(AwsCliText, hint, inner)
    {
    }

    public override int ExitCode => ExitCodes.InvalidConfiguration;

    public override bool InAwsCliWords => true;
}
