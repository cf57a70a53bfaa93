using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 12, item 1: login profiles, ChangePassword, the account password policy and account aliases, run
/// step by step with the AWS CLI v1 and with `rolecall iam` against one server. Each run leaves the account as
/// it found it (policy and alias deleted), so both see the same state; stdout, exit codes and the error line
/// must be identical.
/// </summary>
public sealed class ConsoleIamDifferentialTests
{
    [Fact]
    public async Task Should_print_what_the_aws_cli_prints_for_login_profiles_password_policy_and_aliases()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();

        // The AWS CLI v1 prints timestamps as the AWS CLI v2 does, rolecall's default (issue 16, item 5).
        File.WriteAllText(sandbox.ConfigFile, "[default]\ncli_timestamp_format = iso8601\n");
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);

        var aws = await RunAsync(tools.AwsAsync, "A");
        var rolecall = await RunAsync(tools.RolecallAsync, "R");

        Assert.Equal(aws.Count, rolecall.Count);
        foreach (var (want, got) in aws.Zip(rolecall))
        {
            Assert.True(want.Run.V2ExitCode == got.Run.ExitCode, $"{want.Command}: aws exited {want.Run.ExitCode}, rolecall {got.Run.ExitCode}\n{got.Run.Stderr}");
            Assert.True(want.Run.Stdout == got.Run.Stdout, $"{want.Command}: stdout differs\n--- aws\n{want.Run.Stdout}\n--- rolecall\n{got.Run.Stdout}");
            Assert.True(want.Run.LastErrorLine == got.Run.LastErrorLine, $"{want.Command}: stderr differs\n--- aws\n{want.Run.LastErrorLine}\n--- rolecall\n{got.Run.LastErrorLine}");
        }

        Assert.Contains("PasswordPolicyViolation", aws.Single(s => s.Command.StartsWith("create-login-profile --user-name BobXweak", StringComparison.Ordinal)).Run.Stderr, StringComparison.Ordinal);
        Assert.Contains("InvalidUserType", aws.Single(s => s.Command.StartsWith("change-password", StringComparison.Ordinal)).Run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<List<(string Command, ToolRun Run)>> RunAsync(Func<string[], Task<ToolRun>> tool, string tag)
    {
        var steps = new List<(string, ToolRun)>();
        async Task Run(params string[] args)
        {
            var run = (await tool(["iam", .. args])).Masked(tag);
            steps.Add((string.Join(' ', args).Replace($"Bob{tag}", "BobX", StringComparison.Ordinal), run));
        }

        var user = $"Bob{tag}";
        await Run("create-user", "--user-name", user);
        await Run("create-user", "--user-name", user + "weak");
        await Run("create-login-profile", "--user-name", user, "--password", "Good-Pass-123", "--password-reset-required", "--output", "json");
        await Run("create-login-profile", "--user-name", user, "--password", "Good-Pass-123");
        await Run("create-login-profile", "--user-name", user + "weak", "--password", "password");
        await Run("get-login-profile", "--user-name", user, "--output", "table");
        await Run("update-login-profile", "--user-name", user, "--no-password-reset-required");
        await Run("get-login-profile", "--user-name", user, "--output", "text");
        await Run("get-account-password-policy");
        await Run("update-account-password-policy", "--minimum-password-length", "10", "--require-numbers", "--max-password-age", "90");
        await Run("get-account-password-policy", "--output", "json");
        await Run("update-login-profile", "--user-name", user, "--password", "short1");
        await Run("update-account-password-policy", "--minimum-password-length", "129");
        await Run("delete-account-password-policy");
        await Run("delete-account-password-policy");
        await Run("create-account-alias", "--account-alias", "my-team");
        await Run("list-account-aliases", "--output", "json");
        await Run("list-account-aliases", "--output", "text");
        await Run("create-account-alias", "--account-alias", "Bad--Alias");
        await Run("delete-account-alias", "--account-alias", "my-team");
        await Run("delete-account-alias", "--account-alias", "my-team");
        await Run("change-password", "--old-password", "Good-Pass-123", "--new-password", "Other-Pass-456");
        await Run("delete-login-profile", "--user-name", user);
        await Run("get-login-profile", "--user-name", user);
        return steps;
    }
}
