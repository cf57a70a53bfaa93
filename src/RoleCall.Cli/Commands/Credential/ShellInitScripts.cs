namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// The functions `rolecall shell-init SHELL` prints: `rolecall-assume PROFILE [--mfa-code C]` evaluates
/// `rolecall env` in the current shell (ROLECALL_PROFILE and AWS_CREDENTIAL_EXPIRATION included, for prompts);
/// `rolecall-unset` removes what it set. A stale AWS_SECURITY_TOKEN (an old alias botocore still reads when
/// AWS_SESSION_TOKEN is unset) is removed on assume, so long-term keys never pair with it. The first assume
/// remembers AWS_REGION and AWS_DEFAULT_REGION as the shell had them (a profile's region overwrites them), and
/// `rolecall-unset` puts them back, unsetting what was unset before.
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
          if [ -z "${__rolecall_saved+x}" ]; then
            __rolecall_saved=1
            __rolecall_region_set="${AWS_REGION+1}" __rolecall_region="${AWS_REGION-}"
            __rolecall_default_region_set="${AWS_DEFAULT_REGION+1}" __rolecall_default_region="${AWS_DEFAULT_REGION-}"
          fi
          unset AWS_SECURITY_TOKEN
          eval "$__rolecall_env"
        }
        rolecall-unset() {
          unset {{string.Join(' ', Variables)}}
          if [ -n "${__rolecall_saved+x}" ]; then
            if [ -n "$__rolecall_region_set" ]; then export AWS_REGION="$__rolecall_region"; else unset AWS_REGION; fi
            if [ -n "$__rolecall_default_region_set" ]; then export AWS_DEFAULT_REGION="$__rolecall_default_region"; else unset AWS_DEFAULT_REGION; fi
            unset __rolecall_saved __rolecall_region_set __rolecall_region __rolecall_default_region_set __rolecall_default_region
          fi
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
            if not set -q __rolecall_saved
                set -g __rolecall_saved 1
                set -g __rolecall_regions
                for name in AWS_REGION AWS_DEFAULT_REGION
                    set -q $name; and set -a __rolecall_regions $name=$$name
                end
            end
            set -e AWS_SECURITY_TOKEN
            eval $__rolecall_env
        end
        function rolecall-unset --description 'remove credentials set by rolecall-assume'
        {{string.Concat(Variables.Select(v => $"    set -e {v}\n"))}}    if set -q __rolecall_saved
                set -e AWS_REGION
                set -e AWS_DEFAULT_REGION
                for pair in $__rolecall_regions
                    set -l parts (string split -m 1 = -- $pair)
                    set -gx $parts[1] $parts[2]
                end
                set -e __rolecall_saved
                set -e __rolecall_regions
            end
        end

        """;

    private static string PowerShell => $$"""
        # rolecall shell integration (PowerShell): rolecall shell-init powershell | Out-String | Invoke-Expression
        function rolecall-assume {
            if ($args.Count -lt 1) { Write-Error 'usage: rolecall-assume PROFILE [--mfa-code CODE]'; return }
            $__rolecallEnv = & rolecall env @args --format powershell
            if ($LASTEXITCODE -ne 0) { return }
            if ($null -eq $global:__rolecallSaved) {
                $global:__rolecallSaved = @{ AWS_REGION = $env:AWS_REGION; AWS_DEFAULT_REGION = $env:AWS_DEFAULT_REGION }
            }
            Remove-Item Env:AWS_SECURITY_TOKEN -ErrorAction SilentlyContinue
            Invoke-Expression ($__rolecallEnv -join "`n")
        }
        function rolecall-unset {
            foreach ($name in @({{string.Join(", ", Variables.Select(v => $"'{v}'"))}})) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
            if ($null -ne $global:__rolecallSaved) {
                foreach ($name in @($global:__rolecallSaved.Keys)) {
                    if ($null -eq $global:__rolecallSaved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
                    else { Set-Item "Env:$name" $global:__rolecallSaved[$name] }
                }
                Remove-Variable -Name __rolecallSaved -Scope Global
            }
        }

        """;
}
