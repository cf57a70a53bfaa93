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
/// AWS CLI is: options from the input shape (argparse's unique prefixes accepted), the call, then --query and
/// --output over the result, with the AWS CLI's automatic pagination of list calls.
/// </summary>
internal sealed class IamOperationCommand(string operationName, string cliName, CredentialServices services) : ICommand
{
    public string Name => "iam " + cliName;

    public string Summary => $"IAM {operationName}";

    public string Help => IamHelp.For(Operation);

    public IReadOnlyList<string> OptionNames => IamOptions.Names(Operation);

    private IamOperation Operation => IamModel.Instance.Operation(operationName);

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var operation = Operation;
        var args = context.Arguments;
        if (args.Flag("--generate-cli-skeleton"))
        {
            await context.Out.WriteLineAsync(CliSkeleton.For(operation.Input));
            return ExitCodes.Success;
        }

        var paging = IamPaging.Read(operation, args);
        var session = CredentialSession.Open(context, services.StsFactory);
        var values = ParameterBinder.Bind(operation.Input, args, session.Paths.ExpandPath, member => IamPaging.IsPagingMember(operation, member));
        var bootstrap = VirtualMfaBootstrap.Read(operation.Name, args);
        args.EnsureConsumed();

        var printer = ResponsePrinter.For(context.Globals, session.Environment.Get("AWS_DEFAULT_OUTPUT"), session.Profile.Get, context.Out);
        var paginates = IamPaging.Paginates(operation, paging, values, context.Globals.NoPaginate);
        var parameters = operation.Input is null ? [] : QueryFlattener.Flatten(operation.Input, values);
        var shape = ProtocolShapes.ForOutput(operation.Output);
        var client = await IamClient.OpenAsync(context, session, cancellation);

        if (paginates)
        {
            var paged = await Paginator.PaginateAsync(operation.Paginator!, paging!, async (extra, ct) =>
                (JmesObject)printer.Convert(await client.CallAsync(operation.Name, parameters, extra, shape, ct)), cancellation);
            printer.Write(paged, operation.Name);
            return ExitCodes.Success;
        }

        var result = await client.CallAsync(operation.Name, parameters, null, shape, cancellation);
        if (bootstrap is not null)
        {
            result = bootstrap.Apply(result, context);
        }

        if (operation.Output is not null && result.Children.Count > 0)
        {
            printer.Write(result, operation.Name);
        }

        return ExitCodes.Success;
    }
}
