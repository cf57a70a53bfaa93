namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// `credential_process = rolecall credential-process --profile P` that leads back to P fails at once with one
/// error naming the chain, instead of spawning rolecall forever. Real processes: this build's rolecall runs as
/// the top-level command, as the credential process, and under the AWS CLI; each run is bounded in time and
/// killed with its children if the guard ever fails.
/// </summary>
public sealed class CredentialProcessRecursionTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly ClientSandbox _sandbox = new("http://127.0.0.1:9", $"""
        [profile loop]
        credential_process = {ClientSandbox.RolecallCommand} credential-process --profile loop

        [profile a]
        role_arn = arn:aws:iam::123456789012:role/Admin
        source_profile = b

        [profile b]
        credential_process = {ClientSandbox.RolecallCommand} credential-process --profile a

        [profile base]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

        [profile outer]
        credential_process = {ClientSandbox.RolecallCommand} credential-process --profile base

        """);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Should_refuse_a_profile_whose_credential_process_resolves_itself()
    {
        var result = _sandbox.RolecallProcess(string.Empty, Bound, "env", "loop");

        Assert.Equal(253, result.Code);
        Assert.Equal(string.Empty, result.Out);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rolecall: credential_process recursion: profile 'loop' is already being resolved by an outer rolecall (loop -> loop)", lines[0]);
        Assert.StartsWith("hint: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Should_name_the_source_profile_chain_that_leads_back()
    {
        var result = _sandbox.RolecallProcess(string.Empty, Bound, "sts", "get-caller-identity", "--profile", "a");

        Assert.Equal(253, result.Code);
        Assert.StartsWith("rolecall: credential_process recursion: profile 'a' is already being resolved by an outer rolecall (a -> b -> a)\nhint: ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stop_the_loop_when_the_aws_cli_runs_the_credential_process()
    {
        var result = _sandbox.Process(string.Empty, Bound, "aws", "sts", "get-caller-identity", "--profile", "loop");

        Assert.NotEqual(0, result.Code);
        Assert.Contains("credential_process recursion: profile 'loop' is already being resolved by an outer rolecall (loop -> loop)", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_allow_rolecall_under_rolecall_when_the_chain_ends()
    {
        var result = _sandbox.RolecallProcess(string.Empty, Bound, "env", "outer", "--format", "dotenv");

        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", result.Out, StringComparison.Ordinal);
    }
}
