using System.Text.Json;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Policy;

/// <summary>`rolecall policy check` through the real command catalog, on files in a temp directory.</summary>
public sealed class PolicyCheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rolecall-policy-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(string input, params string[] args)
    {
        using var console = new BufferConsole(input);
        var app = new CliApplication(CommandCatalog.Default, console, new Dictionary<string, string>(), TimeProvider.System);
        var code = app.RunAsync(args).GetAwaiter().GetResult();
        return (code, console.StandardOutput, console.StandardError);
    }

    [Fact]
    public void Should_exit_0_and_say_ok_for_a_clean_policy()
    {
        var file = Write("ok.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""");
        var (code, stdout, _) = Run("", "policy", "check", file);
        Assert.Equal(0, code);
        Assert.Equal($"{file}: OK (identity policy, 1 statement)\n", stdout);
    }

    [Fact]
    public void Should_print_every_problem_with_line_column_and_hint_and_exit_1()
    {
        var file = Write("bad.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"GetObject\", \"Resource\": \"bucket\"}\n  ]\n}\n");
        var (code, stdout, _) = Run("", "policy", "check", file);
        Assert.Equal(ExitCodes.NotFound, code);
        var lines = stdout.Split('\n');
        Assert.Equal($"{file}:4:35: error: Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. [$.Statement[0].Action]", lines[0]);
        Assert.StartsWith("  hint: write the action as service:Name", lines[1], StringComparison.Ordinal);
        Assert.Equal($"{file}:4:60: error: Resource bucket must be in ARN format or \"*\". [$.Statement[0].Resource]", lines[2]);
        Assert.Contains("2 error(s), 0 warning(s) as an identity policy", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_check_the_kind_asked_for()
    {
        var file = Write("trust.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]}""");
        Assert.Equal(0, Run("", "policy", "check", file).Code);
        var (code, stdout, _) = Run("", "policy", "check", file, "--kind", "identity");
        Assert.Equal(1, code);
        Assert.Contains("Policy document should not specify a principal.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_one_json_object_for_pipes()
    {
        var (code, stdout, _) = Run("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""", "policy", "check", "-", "--output", "json", "--kind", "session");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("Valid").GetBoolean());
        Assert.Equal("session", json.RootElement.GetProperty("Kind").GetString());
        var problem = json.RootElement.GetProperty("Problems")[0];
        Assert.Equal("Policy statement must contain resources.", problem.GetProperty("Message").GetString());
        Assert.Equal(1, problem.GetProperty("Line").GetInt32());
    }

    [Fact]
    public void Should_report_size_quota_and_warnings_as_problems()
    {
        var statements = string.Join(",", Enumerable.Range(0, 150).Select(i => $"{{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-{i}/*\"}}"));
        var file = Write("big.json", $"{{\"Version\":\"2012-10-17\",\"Statement\":[{statements}]}}");
        var (code, stdout, _) = Run("", "policy", "check", $"file://{file}");
        Assert.Equal(1, code);
        Assert.Contains("Cannot exceed quota for PolicySize: 6144", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_with_usage_errors_for_missing_files_and_bad_kinds()
    {
        Assert.Equal(ExitCodes.BadSyntax, Run("", "policy", "check").Code);
        Assert.Equal(ExitCodes.BadSyntax, Run("", "policy", "check", Path.Combine(_dir, "absent.json")).Code);
        var (code, _, stderr) = Run("", "policy", "check", "x.json", "--kind", "group");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Contains("--kind", stderr, StringComparison.Ordinal);
    }
}
