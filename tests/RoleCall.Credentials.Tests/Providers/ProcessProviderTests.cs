using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Tests.Providers;

/// <summary>
/// credential_process runs through /bin/sh with the caller's environment plus the recursion-guard chain, and a
/// failing rolecall underneath has its own error and hint lifted into one line.
/// </summary>
public sealed class ProcessProviderTests
{
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/bin:/bin",
        [ProcessChain.VariableName] = "outer",
        ["ONLY_IN_CONTEXT"] = "yes",
    };

    [Fact]
    public async Task Should_give_the_child_the_inherited_chain_extended_by_the_profiles_being_resolved()
    {
        var provider = new ProcessProvider("b", PrintVariable(ProcessChain.VariableName), null, ["a", "b"], Environment);

        var credentials = await provider.ResolveAsync(default);

        Assert.Equal("outer,a,b", credentials.AccessKeyId);
    }

    [Fact]
    public async Task Should_run_the_child_with_the_callers_environment_not_the_test_runners()
    {
        var provider = new ProcessProvider("p", PrintVariable("ONLY_IN_CONTEXT") + "; test -z \"$HOME\"", null, null, Environment);

        var credentials = await provider.ResolveAsync(default);

        Assert.Equal("yes", credentials.AccessKeyId);
    }

    [Fact]
    public async Task Should_lift_a_nested_rolecall_error_and_its_hint_into_one_line()
    {
        var provider = new ProcessProvider("p", "echo 'Enter MFA code for x: ' >&2; echo 'rolecall: profile q is broken' >&2; echo 'hint: fix q' >&2; exit 253", null, null, Environment);

        var error = await Assert.ThrowsAsync<CredentialException>(async () => await provider.ResolveAsync(default));

        Assert.Equal(("credential_process of profile 'p' failed: profile q is broken", "fix q"), (error.Message, error.Hint));
    }

    [Fact]
    public async Task Should_keep_other_commands_stderr_on_one_line()
    {
        var provider = new ProcessProvider("p", "echo one >&2; echo two >&2; exit 3", null, null, Environment);

        var error = await Assert.ThrowsAsync<CredentialException>(async () => await provider.ResolveAsync(default));

        Assert.Equal("credential_process of profile 'p' exited with code 3: one two", error.Message);
    }

    [Fact]
    public void Should_refuse_a_profile_already_in_the_chain_naming_the_whole_chain()
    {
        var error = Assert.Throws<CredentialException>(() => ProcessChain.EnsureNotResolving("a", "a\nb"));

        Assert.Equal("credential_process recursion: profile 'a' is already being resolved by an outer rolecall (a -> b -> a)", error.Message);
        Assert.Equal(253, error.ExitCode);
        ProcessChain.EnsureNotResolving("c", "a\nb");
        ProcessChain.EnsureNotResolving("a", null);
    }

    // The variable's value (newline-separated) as the access key, commas for newlines.
    private static string PrintVariable(string name) =>
        $"printf '{{\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"s\"}}' \"$(printf '%s' \"${name}\" | tr '\\n' ',')\"";
}
