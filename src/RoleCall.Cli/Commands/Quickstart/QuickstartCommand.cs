using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>`rolecall quickstart`: the main job end to end against a throwaway local service; exit 0 only if all went as AWS would.</summary>
internal sealed class QuickstartCommand : ICommand
{
    public string Name => "quickstart";

    public string Summary => "try role assumption with MFA end to end against a throwaway local IAM + STS";

    public string Help => """
        usage: rolecall quickstart [--keep]

        Starts the local service in-process on a free loopback port with a throwaway data directory, creates a
        user with keys and a virtual MFA device and a role whose trust requires MFA, writes a sandbox config
        (never ~/.aws), then: who am I, a denied call, assume the role with MFA, who am I now, the call that now
        succeeds, export for the shell. Then the IAM tutorial's check: demo-user may describe EC2 instances but
        `s3 ls` is AccessDenied; with user-role's session exported `s3 ls` lists the administrator's bucket; after
        unsetting the variables it is denied again. --keep leaves the sandbox directory for you to explore.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var keep = context.Arguments.Flag("--keep");
        context.Arguments.EnsureConsumed();
        // TMPDIR as the command sees it (its environment, not only the process's), as mktemp honours it.
        var temp = context.Environment.GetValueOrDefault("TMPDIR") is { Length: > 0 } dir ? dir : Path.GetTempPath();
        var root = Path.Combine(temp, "rolecall-quickstart-" + Guid.NewGuid().ToString("N")[..8]);
        var sandbox = new QuickstartSandbox(root, context.Time);
        var narrator = new QuickstartNarrator(context.Out);
        try
        {
            await new QuickstartScenario(sandbox, narrator, context.Time).RunAsync(cancellation);
        }
        finally
        {
            if (!keep)
            {
                sandbox.Dispose();
            }
        }

        narrator.Say(narrator.Failures == 0
            ? "\nEvery step behaved as AWS would. With a real account: put role_arn, source_profile and mfa_serial in ~/.aws/config and run `rolecall env PROFILE`."
            : $"\n{narrator.Failures} step(s) did not behave as AWS would.");
        if (keep)
        {
            narrator.Say($"Sandbox kept: {root} (HOME={sandbox.Home}); the service has stopped.");
        }

        return narrator.Failures == 0 ? ExitCodes.Success : ExitCodes.OtherFailure;
    }
}
