using System.Runtime.InteropServices;
using RoleCall.Cli.Hosting;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>`rolecall serve`: runs the local IAM + STS service until SIGINT or SIGTERM.</summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Summary => "run a local IAM and STS service (AWS Query protocol, SigV4) for the AWS CLI and SDKs";

    public string Help => ServeHelp.Text;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var options = ServeOptionsBinder.Bind(context);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        // SIGINT arrives through the cancellation token (Program); SIGTERM (docker stop, systemd, kill) is
        // caught here so both end in the same clean shutdown instead of the runtime's abrupt exit.
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });

        await using (var server = await LocalServer.StartAsync(options, stop.Token))
        {
            ServeBanner.Write(context.Out, server, options);
            NetworkExposureWarning.WriteIfExposed(context.Error, options.Host);
            await context.Out.FlushAsync(stop.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The normal way out: a signal asked us to stop.
            }
        }

        await context.Out.WriteLineAsync("rolecall serve: stopped");
        return 0;
    }
}
