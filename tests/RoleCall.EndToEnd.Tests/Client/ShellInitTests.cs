using System.Globalization;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// `rolecall shell-init SHELL` sourced by the real shell: `rolecall-assume role` puts the role session into the
/// shell (exported, so the AWS CLI in the same shell calls STS as the role), with ROLECALL_PROFILE and the
/// expiry; a failed assume sets nothing and returns rolecall's code; `rolecall-unset` removes them and puts the
/// shell's own region variables back (set ones restored, unset ones unset), after two assumes too. Against
/// moto_server. A missing shell fails its test saying how to install it. (PowerShell has no Debian package,
/// so its script is not run here.)
/// </summary>
public sealed class ShellInitTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private const string Names = "AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_CREDENTIAL_EXPIRATION|ROLECALL_PROFILE";

    // bash and zsh read the same script; every result is a NAME=value line on stdout.
    private const string Posix = $$"""
        eval "$(rolecall shell-init SHELL)" || exit 91
        rolecall-assume nosuch
        echo "failed=$?"
        echo "leaked=$(env | grep -c '^AWS_ACCESS_KEY_ID=')"
        export AWS_SECURITY_TOKEN=stale
        rolecall-assume role --mfa-code 123456 || exit 90
        echo "profile=$(printenv ROLECALL_PROFILE)"
        echo "expiration=$(printenv AWS_CREDENTIAL_EXPIRATION)"
        echo "key=$(printenv AWS_ACCESS_KEY_ID)"
        echo "token=$(printenv AWS_SESSION_TOKEN | wc -c)"
        echo "security=${AWS_SECURITY_TOKEN-unset}"
        echo "arn=$(aws sts get-caller-identity --query Arn --output text)"
        echo "region=$(printenv AWS_REGION)"
        rolecall-assume base || exit 92
        rolecall-unset
        echo "after=$(env | grep -E '^({{Names}})=' | sed 's/=.*//' | tr '\n' ' ')"
        echo "region_after=${AWS_REGION-unset}"
        echo "default_region_after=${AWS_DEFAULT_REGION-unset}"
        """;

    private const string Fish = $$"""
        rolecall shell-init fish | source; or exit 91
        rolecall-assume nosuch
        echo "failed=$status"
        echo "leaked="(env | grep -c '^AWS_ACCESS_KEY_ID=')
        set -gx AWS_SECURITY_TOKEN stale
        rolecall-assume role --mfa-code 123456; or exit 90
        echo "profile="(printenv ROLECALL_PROFILE)
        echo "expiration="(printenv AWS_CREDENTIAL_EXPIRATION)
        echo "key="(printenv AWS_ACCESS_KEY_ID)
        echo "token="(printenv AWS_SESSION_TOKEN | wc -c)
        echo "security="(set -q AWS_SECURITY_TOKEN; and echo set; or echo unset)
        echo "arn="(aws sts get-caller-identity --query Arn --output text)
        echo "region="(printenv AWS_REGION)
        rolecall-assume base; or exit 92
        rolecall-unset
        set -l left (env | grep -E '^({{Names}})=' | sed 's/=.*//')
        echo "after=$left"
        echo "region_after="(set -q AWS_REGION; and printenv AWS_REGION; or echo unset)
        echo "default_region_after="(set -q AWS_DEFAULT_REGION; and printenv AWS_DEFAULT_REGION; or echo unset)
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
        region = us-east-1

        """);

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("bash", "--norc")]
    [InlineData("zsh", "-f")]
    [InlineData("fish", "--no-config")]
    public void Should_assume_into_the_shell_and_unset_again(string shell, string noStartupFiles)
    {
        var path = ShellPath(shell);
        PutRolecallOnPath();
        var script = shell == "fish" ? Fish : Posix.Replace("SHELL", shell, StringComparison.Ordinal);

        _sandbox.Environment["AWS_DEFAULT_REGION"] = "ap-south-1";

        var result = _sandbox.Process(string.Empty, TimeSpan.FromSeconds(120), path, noStartupFiles, "-c", script);

        Assert.True(result.Code == 0, $"{shell} exited with {result.Code}: {result.Err}\n{result.Out}");
        var values = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty);
        Assert.Equal("255", values["failed"]); // an unknown profile: botocore's ProfileNotFound, the AWS CLI v2's 255 (issue 16)
        Assert.Equal("0", values["leaked"]);
        Assert.Equal("role", values["profile"]);
        var expiration = DateTimeOffset.Parse(values["expiration"], CultureInfo.InvariantCulture);
        Assert.InRange(expiration, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddHours(13));
        Assert.StartsWith("ASIA", values["key"], StringComparison.Ordinal);
        Assert.True(int.Parse(values["token"].Trim(), CultureInfo.InvariantCulture) > 20, "AWS_SESSION_TOKEN was not exported");
        Assert.Equal("unset", values["security"]);
        Assert.Matches("^arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-[0-9]+$", values["arn"]);
        Assert.Equal(string.Empty, values["after"].Trim());

        // The shell's AWS_DEFAULT_REGION beats the profile's region (as in botocore) and is exported as AWS_REGION
        // too while assumed; rolecall-unset puts the shell's own region variables back.
        Assert.Equal(("ap-south-1", "unset", "ap-south-1"), (values["region"], values["region_after"], values["default_region_after"]));
    }

    /// <summary>The shell's path, or a failure that says how to install it.</summary>
    private static string ShellPath(string shell)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => Path.Combine(dir, shell)).FirstOrDefault(File.Exists);
        Assert.True(found is not null, $"{shell} is needed for this test: apt-get install -y {shell}");
        return found!;
    }

    /// <summary>The functions call `command rolecall`: a `rolecall` on PATH that runs this build.</summary>
    private void PutRolecallOnPath()
    {
        var bin = Path.Combine(_sandbox.Home, "bin");
        Directory.CreateDirectory(bin);
        var wrapper = Path.Combine(bin, "rolecall");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{ClientSandbox.RolecallDll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _sandbox.Environment["PATH"] = bin + ":" + (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
    }
}
