using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output;
using RoleCall.Cli.Output.Pagination;
using RoleCall.Core.Errors;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Commands.Ec2;

/// <summary>
/// `rolecall ec2 &lt;operation&gt;`: one generic command per EC2 operation of the embedded model, bound, paged and
/// printed exactly as the iam commands are (the AWS CLI's options, --query, --output, automatic pagination);
/// only the wire differs: EC2 parameter names (`InstanceId.1`, `Filter.1.Value.1`) and the EC2 response codec.
/// </summary>
internal sealed class Ec2OperationCommand(string operationName, string cliName, CredentialServices services) : ICommand
{
    private IamOperation Operation => IamModel.Ec2.Operation(operationName);

    public string Name => "ec2 " + cliName;

    public string Summary => $"EC2 {operationName}";

    public string Help => Ec2Help.For(Operation);

    // argparse prefixes are resolved by the host against these (CliApplication), as for iam.
    public IReadOnlyList<string> OptionNames => IamOptions.Names(Operation);

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
        args.EnsureConsumed();

        var printer = ResponsePrinter.For(context.Globals, session.Environment.Get("AWS_DEFAULT_OUTPUT"), session.Profile.Get, context.Out);
        var paginates = IamPaging.Paginates(operation, paging, values, context.Globals.NoPaginate);
        var parameters = operation.Input is null ? [] : Ec2QueryFlattener.Flatten(operation.Input, values);
        var shape = ProtocolShapes.ForOutput(operation.Output);
        var client = await Ec2Client.OpenAsync(context, session, cancellation);

        if (paginates)
        {
            var paged = await Paginator.PaginateAsync(operation.Paginator!, paging!, async (extra, ct) =>
                (JmesObject)printer.Convert(await client.CallAsync(operation.Name, parameters, extra, shape, ct)), cancellation);
            printer.Write(paged, operation.Name);
            return ExitCodes.Success;
        }

        var result = await client.CallAsync(operation.Name, parameters, null, shape, cancellation);
        printer.Write(result, operation.Name);
        return ExitCodes.Success;
    }
}
