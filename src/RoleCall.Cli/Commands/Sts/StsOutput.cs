using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output;
using RoleCall.JmesPath;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>Prints an STS result as the AWS CLI does: --query first, then --output (json by default).</summary>
internal sealed class StsOutput
{
    private readonly CommandContext _context;
    private readonly OutputFormat _format;
    private readonly JmesPathExpression? _query;
    private readonly TimestampFormat _timestamps;

    public StsOutput(CommandContext context, CredentialSession session)
    {
        _context = context;
        // Compiled before any call, so a bad --query fails without touching STS.
        _query = OutputWriter.CompileQuery(context.Globals.Query);
        _format = OutputFormats.Resolve(context.Globals.Output, session.Environment.Get("AWS_DEFAULT_OUTPUT"), session.Profile.Get("output"));
        _timestamps = string.Equals(session.Profile.Get("cli_timestamp_format"), "iso8601", StringComparison.Ordinal) ? TimestampFormat.Iso8601 : TimestampFormat.Wire;
    }

    public void Write(ResultNode result, string operation) =>
        OutputWriter.Write(result, new OutputOptions(_format, _query, operation), _context.Out, _timestamps);
}
