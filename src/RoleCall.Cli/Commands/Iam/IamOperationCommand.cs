using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output;
using RoleCall.Cli.Output.Pagination;
using RoleCall.Core.Errors;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// `rolecall iam &lt;operation&gt;`: one generic command per IAM operation, driven by the service model the way the
/// AWS CLI is: options from the input shape, the call, then --query and --output over the result, with the
/// AWS CLI's automatic pagination of list calls.
/// </summary>
internal sealed class IamOperationCommand(string operationName, string cliName, CredentialServices services) : ICommand
{
    public string Name => "iam " + cliName;

    public string Summary => $"IAM {operationName}";

    public string Help => IamHelp.For(Operation);

    private IamOperation Operation => IamModel.Instance.Operation(operationName);

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var args = context.Arguments;
        var operation = Operation;
        if (args.Flag("--generate-cli-skeleton"))
        {
            await context.Out.WriteLineAsync(CliSkeleton.For(operation.Input));
            return ExitCodes.Success;
        }

        var paginator = IamPaginators.For(operation.Name);
        var paging = paginator is null ? null : new PaginationOptions(args.IntOption("--max-items"), args.Option("--starting-token"), args.IntOption("--page-size"));
        var session = CredentialSession.Open(context, services.StsFactory);
        var values = ParameterBinder.Bind(operation.Input, args, session.Paths.ExpandPath, member => paginator?.ReplacesMember(member) == true);
        var bootstrap = VirtualMfaBootstrap.Read(operation.Name, args);
        args.EnsureConsumed();

        var options = new OutputOptions(
            OutputFormats.Resolve(context.Globals.Output, session.Environment.Get("AWS_DEFAULT_OUTPUT"), session.Profile.Get("output")),
            OutputWriter.CompileQuery(context.Globals.Query),
            operation.Name);
        var timestamps = string.Equals(session.Profile.Get("cli_timestamp_format"), "iso8601", StringComparison.Ordinal) ? TimestampFormat.Iso8601 : TimestampFormat.Wire;
        var parameters = operation.Input is null ? [] : QueryFlattener.Flatten(operation.Input, values);
        var shape = ProtocolShapes.ForOutput(operation.Output);
        var client = await IamClient.OpenAsync(context, session, cancellation);

        if (paginator is not null && paging is not null && !context.Globals.NoPaginate)
        {
            var paged = await Paginator.PaginateAsync(paginator, paging, async (extra, ct) =>
            {
                var page = await client.CallAsync(operation.Name, parameters.Concat(extra.Where(e => !parameters.Any(p => p.Key == e.Key))), shape, ct);
                return (JmesObject)ResultNodeConverter.Convert(page, timestamps);
            }, cancellation);
            OutputWriter.Write(paged, options, context.Out);
            return ExitCodes.Success;
        }

        if (paging is not null)
        {
            // With --no-paginate, IAM's --max-items is the API's own MaxItems (the AWS CLI passes it through).
            paging.EnsureUnusedWithNoPaginate();
            if (paging.MaxItems is { } max)
            {
                parameters.Add(new("MaxItems", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var result = await client.CallAsync(operation.Name, parameters, shape, cancellation);
        if (bootstrap is not null)
        {
            result = bootstrap.Apply(result, context);
        }

        if (operation.Output is not null && result.Children.Count > 0)
        {
            OutputWriter.Write(result, options, context.Out, timestamps);
        }

        return ExitCodes.Success;
    }
}
