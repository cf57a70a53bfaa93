namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// The functions `rolecall shell-init SHELL` prints: `rolecall-assume PROFILE [--mfa-code C]` evaluates
/// `rolecall env` in the current shell (ROLECALL_PROFILE and AWS_CREDENTIAL_EXPIRATION included, for prompts);
/// `rolecall-unset` removes what it set. A stale AWS_SECURITY_TOKEN (an old alias botocore still reads when
/// AWS_SESSION_TOKEN is unset) is removed on assume, so long-term keys never pair with it. The region
/// variables are left alone by `rolecall-unset`.
/// </summary>
internal static class ShellInitScripts
{
    private static readonly string[] Variables =
        ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION", "ROLECALL_PROFILE"];

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bash"] = Posix("bash"),
        ["zsh"] = Posix("zsh"),
        ["fish"] = Fish,
        ["powershell"] = PowerShell,
    };

    private static string Posix(string shell) => $$"""
        # rolecall shell integration ({{shell}}): eval "$(rolecall shell-init {{shell}})"
        rolecall-assume() {
          if [ $# -lt 1 ]; then
            echo "usage: rolecall-assume PROFILE [--mfa-code CODE]" >&2
            return 2
          fi
          local __rolecall_env
          __rolecall_env="$(command rolecall env "$@" --format {{shell}})" || return $?
          unset AWS_SECURITY_TOKEN
          eval "$__rolecall_env"
        }
        rolecall-unset() {
          unset {{string.Join(' ', Variables)}}
        }

        """;

    private static string Fish => $$"""
        # rolecall shell integration (fish): rolecall shell-init fish | source
        function rolecall-assume --description 'put a profile''s credentials into this shell'
            if test (count $argv) -lt 1
                echo "usage: rolecall-assume PROFILE [--mfa-code CODE]" >&2
                return 2
            end
            set -l __rolecall_env (command rolecall env $argv --format fish | string collect)
            set -l __rolecall_status $pipestatus[1]
            test $__rolecall_status -eq 0; or return $__rolecall_status
            set -e AWS_SECURITY_TOKEN
            eval $__rolecall_env
        end
        function rolecall-unset --description 'remove credentials set by rolecall-assume'
        {{string.Concat(Variables.Select(v => $"    set -e {v}\n"))}}end

        """;

    private static string PowerShell => $$"""
        # rolecall shell integration (PowerShell): rolecall shell-init powershell | Out-String | Invoke-Expression
        function rolecall-assume {
            if ($args.Count -lt 1) { Write-Error 'usage: rolecall-assume PROFILE [--mfa-code CODE]'; return }
            $__rolecallEnv = & rolecall env @args --format powershell
            if ($LASTEXITCODE -ne 0) { return }
            Remove-Item Env:AWS_SECURITY_TOKEN -ErrorAction SilentlyContinue
            Invoke-Expression ($__rolecallEnv -join "`n")
        }
        function rolecall-unset {
            foreach ($name in @({{string.Join(", ", Variables.Select(v => $"'{v}'"))}})) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
        }

        """;
}
