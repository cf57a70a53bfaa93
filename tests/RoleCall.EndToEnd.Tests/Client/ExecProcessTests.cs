using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// `rolecall exec PROFILE -- CMD` as real processes: the child sees the profile's session (and none of the
/// caller's AWS_PROFILE / stale key variables), signals sent to rolecall reach the child, and rolecall exits
/// with the child's code — 128 + N when the child dies of signal N, as a shell reports it. Against moto_server
/// for the role session; every process is bounded in time.
/// </summary>
public sealed class ExecProcessTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    // Traps print which signal came and exit with a code of their own; `wait` returns as soon as one arrives.
    private const string TrappingChild = """
        trap 'echo got-TERM; kill $sleeper; exit 7' TERM
        trap 'echo got-INT; kill $sleeper; exit 9' INT
        trap 'echo got-HUP; kill $sleeper; exit 11' HUP
        sleep 30 & sleeper=$!
        echo ready
        wait $sleeper
        """;

    private readonly ClientSandbox _sandbox = new(moto.Endpoint, """
        [profile base]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
        region = us-east-1

        [profile role]
        role_arn = arn:aws:iam::123456789012:role/Admin
        source_profile = base
        mfa_serial = arn:aws:iam::123456789012:mfa/alice
        region = eu-west-1

        """);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Should_give_the_child_the_role_session_and_not_the_callers_profile_or_keys()
    {
        _sandbox.Environment["AWS_PROFILE"] = "base";
        _sandbox.Environment["AWS_DEFAULT_PROFILE"] = "base";
        _sandbox.Environment["AWS_ACCESS_KEY_ID"] = "AKIASTALESTALESTALE1";
        _sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = "stale";
        _sandbox.Environment["AWS_SECURITY_TOKEN"] = "stale";

        var result = _sandbox.RolecallProcess(string.Empty, Bound, "exec", "role", "--mfa-code", "123456", "--",
            "bash", "-c", "env | grep -E '^(AWS_|ROLECALL_)' | sort; aws sts get-caller-identity");

        Assert.True(result.Code == 0, result.Err);
        var variables = result.Out.Split('\n').Where(l => l.StartsWith("AWS_", StringComparison.Ordinal) || l.StartsWith("ROLECALL_", StringComparison.Ordinal))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.DoesNotContain("AWS_PROFILE", variables.Keys);
        Assert.DoesNotContain("AWS_DEFAULT_PROFILE", variables.Keys);
        Assert.DoesNotContain("AWS_SECURITY_TOKEN", variables.Keys);
        Assert.StartsWith("ASIA", variables["AWS_ACCESS_KEY_ID"], StringComparison.Ordinal);
        Assert.NotEqual("stale", variables["AWS_SECRET_ACCESS_KEY"]);
        Assert.NotEmpty(variables["AWS_SESSION_TOKEN"]);
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T", variables["AWS_CREDENTIAL_EXPIRATION"]);
        Assert.Equal(("role", "eu-west-1"), (variables["ROLECALL_PROFILE"], variables["AWS_REGION"]));

        // The AWS CLI in the child is the judge: it calls STS as the assumed role.
        var json = result.Out[result.Out.IndexOf('{', StringComparison.Ordinal)..];
        Assert.Contains(":assumed-role/Admin/", JsonNode.Parse(json)!["Arn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM", "got-TERM", 7)]
    [InlineData("INT", "got-INT", 9)]
    [InlineData("HUP", "got-HUP", 11)]
    public void Should_forward_a_signal_to_the_child_and_exit_with_its_code(string signal, string childSaw, int code)
    {
        var (exit, output) = SignalDuringExec(signal, "bash", "-c", TrappingChild);

        Assert.Equal(code, exit);
        Assert.Equal(["ready", childSaw], output);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    [InlineData("HUP", 129)]
    public void Should_exit_with_128_plus_the_signal_when_the_child_dies_of_it(string signal, int code)
    {
        var (exit, output) = SignalDuringExec(signal, "bash", "-c", "echo ready; exec sleep 30");

        Assert.Equal(code, exit);
        Assert.Equal(["ready"], output);
    }

    [Fact]
    public void Should_exit_with_the_childs_code()
    {
        var result = _sandbox.RolecallProcess(string.Empty, Bound, "exec", "base", "--", "sh", "-c", "exit 42");

        Assert.Equal(42, result.Code);
    }

    [Theory]
    [InlineData("no-such-command-here", "command not found")]
    [InlineData("HOME/not-executable.sh", "permission denied")]
    public void Should_fail_to_start_a_command_with_the_exit_code_a_shell_gives(string command, string reason)
    {
        // A file without the execute bit (a new file's mode is 0644 under the usual umask).
        command = command.Replace("HOME", _sandbox.Home, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_sandbox.Home, "not-executable.sh"), "echo ran\n");

        var shell = _sandbox.Process(string.Empty, Bound, "bash", "-c", command);

        var result = _sandbox.RolecallProcess(string.Empty, Bound, "exec", "base", "--", command);

        Assert.Equal(shell.Code, result.Code);
        Assert.StartsWith($"rolecall: exec: {command}: {reason}\nhint: ", result.Err, StringComparison.Ordinal);
    }

    /// <summary>Starts `rolecall exec base -- CMD`, waits for the child's "ready", sends SIGNAL to rolecall only.</summary>
    private (int Exit, List<string> Output) SignalDuringExec(string signal, params string[] command)
    {
        // Through python3, which puts SIGINT and SIGQUIT back to their defaults before it becomes `dotnet`: a test run
        // started as a background job of a non-interactive shell (`.ci/run &`) inherits them ignored, and an ignored
        // SIGINT is never delivered to rolecall (nor can the child's shell trap it).
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        const string Defaults = "import os, signal, sys; [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGQUIT)]; os.execvp(sys.argv[1], sys.argv[1:])";
        foreach (var arg in (string[])["-c", Defaults, "dotnet", ClientSandbox.RolecallDll, "exec", "base", "--", .. command])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("ROLECALL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in _sandbox.Environment)
        {
            start.Environment[name] = value;
        }

        using var rolecall = Process.Start(start)!;
        try
        {
            var stderr = rolecall.StandardError.ReadToEndAsync();
            var output = new List<string>();
            var first = rolecall.StandardOutput.ReadLineAsync();
            Assert.True(first.Wait(Bound), "the child never printed ready; rolecall stderr: " + (stderr.IsCompleted ? stderr.Result : "(still running)"));
            output.Add(first.Result!);
            Assert.Equal("ready", output[0]);

            // The shell's kill builtin: no procps needed.
            using (var kill = Process.Start("/bin/sh", ["-c", $"kill -s {signal} {rolecall.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]))
            {
                kill.WaitForExit();
            }

            var rest = rolecall.StandardOutput.ReadToEndAsync();
            Assert.True(rolecall.WaitForExit(Bound), $"rolecall did not exit within {Bound.TotalSeconds} s of SIG{signal}");
            output.AddRange(rest.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(stderr.Result.Length == 0, stderr.Result);
            return (rolecall.ExitCode, output);
        }
        finally
        {
            if (!rolecall.HasExited)
            {
                rolecall.Kill(entireProcessTree: true);
            }
        }
    }
}
