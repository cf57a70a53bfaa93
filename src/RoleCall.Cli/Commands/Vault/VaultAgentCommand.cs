using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Vault.Agent;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`rolecall vault agent`: the agent process `vault unlock` starts; reads the vault directory and key from stdin.</summary>
internal sealed class VaultAgentCommand : ICommand
{
    public string Name => "vault agent";

    public string Summary => "(started by `vault unlock`) hold the vault key and serve it on the agent socket";

    public string Help => """
        usage: rolecall vault agent --timeout SECONDS   (reads the vault directory and base64 key on stdin)

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var timeout = AgentTimeout.Parse(context.Arguments.Option("--timeout"));
        context.Arguments.EnsureConsumed();
        var directory = await context.Console.In.ReadLineAsync(cancellation);
        var key = await context.Console.In.ReadLineAsync(cancellation);
        if (string.IsNullOrEmpty(directory) || string.IsNullOrEmpty(key))
        {
            throw UsageException.Custom("vault agent reads the vault directory and key on stdin", "start it with `rolecall vault unlock`");
        }

        var server = new AgentServer(AgentPaths.Socket(context.Environment), directory, Convert.FromBase64String(key), timeout, context.Time);
        await server.RunAsync(() => { context.Out.WriteLine("READY"); context.Out.Flush(); }, cancellation);
        return ExitCodes.Success;
    }
}
