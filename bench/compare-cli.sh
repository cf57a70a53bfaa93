#!/usr/bin/env bash
# Whole-process speed of `rolecall configure get region --profile P` against `aws configure get region
# --profile P` (the AWS CLI v1 on this machine; also v2 when AWS_V2=/path/to/aws is set), on the same
# files in a throw-away HOME. Uses hyperfine when installed (apt-get install -y hyperfine), else a loop
# timed with `date +%s%N`. Target: rolecall at least 10x faster per call.
#
#   bench/compare-cli.sh                 # publishes to out/rolecall when missing, 20 runs each
#   RUNS=50 PROFILES=1000 REBUILD=1 bench/compare-cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
profiles=${PROFILES:-200}
out=${ROLECALL_OUT:-out/rolecall}
if [[ ! -x "$out/rolecall" || "${REBUILD:-0}" == 1 ]]; then
  echo "publishing rolecall to $out ..." >&2
  dotnet publish src/RoleCall.Cli -c Release -o "$out" >&2
fi
rolecall="$(cd "$out" && pwd)/rolecall"
aws_v1=$(command -v aws || true)
[[ -n "$aws_v1" ]] || { echo "the AWS CLI v1 is needed: pip install awscli" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/.aws"
{
  printf '[default]\nregion = us-east-1\noutput = json\n'
  for ((i = 0; i < profiles; i++)); do
    printf '\n[profile p%d]\nregion = eu-west-%d\nrole_arn = arn:aws:iam::123456789012:role/R%d\nsource_profile = default\n' "$i" $((i % 3 + 1)) "$i"
  done
} >"$home/.aws/config"
printf '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' >"$home/.aws/credentials"
profile="p$((profiles / 2))"

# Same environment for every command: only HOME, no AWS_* from the caller.
run_env=(env -i "HOME=$home" "PATH=$PATH" "DOTNET_ROOT=${DOTNET_ROOT:-}" "LANG=C.UTF-8")
want=$("${run_env[@]}" "$aws_v1" configure get region --profile "$profile")
got=$("${run_env[@]}" "$rolecall" configure get region --profile "$profile")
[[ "$want" == "$got" ]] || { echo "outputs differ: aws=$want rolecall=$got" >&2; exit 1; }
echo "config: $profiles profiles; both print '$got' for --profile $profile" >&2

names=(rolecall "aws (v1)")
commands=("$rolecall configure get region --profile $profile" "$aws_v1 configure get region --profile $profile")
if [[ -n "${AWS_V2:-}" ]]; then
  names+=("aws (v2)")
  commands+=("$AWS_V2 configure get region --profile $profile")
fi

if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!commands[@]}"; do
    args+=(-n "${names[$i]}" "env -i HOME=$home PATH=$PATH LANG=C.UTF-8 ${commands[$i]}")
  done
  # Wall time suffers on a loaded machine; hyperfine's User/System lines show the CPU each call costs.
  hyperfine -N --warmup 3 --runs "$runs" "${args[@]}"
else
  for command in "${commands[@]}"; do
    start=$(date +%s%N)
    for ((r = 0; r < runs; r++)); do "${run_env[@]}" $command >/dev/null; done
    end=$(date +%s%N)
    echo "$(( (end - start) / runs / 1000000 )) ms per call: $command"
  done
fi
