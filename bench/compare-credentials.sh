#!/usr/bin/env bash
# Whole-process comparison (issue 6, Performance): `rolecall env P` from a cached session vs the AWS CLI v2's
# `aws configure export-credentials --profile P` and the v1 equivalent (`aws configure list`, which resolves
# the same cached credentials), and a full `sts assume-role` by each tool against the same STS (moto_server).
# A .NET hello world gives the start-up floor. Nothing touches ~/.aws: everything lives in a temp HOME.
#
# usage: bench/compare-credentials.sh [runs]      (needs hyperfine, moto_server, dotnet; aws v1 and/or v2)
#   AWS_V1=/path/to/aws AWS_V2=/usr/bin/aws override where the two AWS CLIs are;
#   ROLECALL=/path/to/published/rolecall skips the publish.
set -euo pipefail
RUNS=${1:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/rolecall-bench.XXXXXX)
MOTO_PID=
cleanup() { [ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# The real script behind a pyenv shim, so the shim's own start-up is not counted against the AWS CLI.
AWS_V1=${AWS_V1:-$(pyenv which aws 2>/dev/null || command -v aws || true)}
AWS_V2=${AWS_V2:-/usr/bin/aws}
for tool in hyperfine moto_server dotnet; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

echo "== publishing rolecall (Release, ReadyToRun) and a .NET hello world" >&2
export ROLECALL_ARTIFACTS=${ROLECALL_ARTIFACTS:-$WORK/artifacts}
if [ -z "${ROLECALL:-}" ]; then
  dotnet publish "$ROOT/src/RoleCall.Cli" -c Release -o "$WORK/rolecall" -v quiet -nologo >/dev/null
  ROLECALL="$WORK/rolecall/rolecall"
fi
source "$ROOT/bench/hello-world.sh"
publish_hello_world "$WORK/hello"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO_PID=$!
for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done

# Only the script's own AWS_* settings reach either tool (an ambient AWS_CA_BUNDLE or profile would skew both).
while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^AWS_')
export HOME="$WORK/home" AWS_CONFIG_FILE="$WORK/home/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$WORK/home/.aws/credentials"
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_EC2_METADATA_DISABLED=true ROLECALL_MFA_CODE=123456
mkdir -p "$HOME/.aws"
cat > "$AWS_CONFIG_FILE" <<INI
[profile base]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1

[profile role]
role_arn = arn:aws:iam::123456789012:role/bench
source_profile = base
region = us-east-1
INI
"$ROLECALL" env role >/dev/null   # fills ~/.aws/cli/cache (shared with both AWS CLIs)

CMDS=(-n "dotnet hello world" "$WORK/hello/out/hello"
      -n "rolecall env role (cached)" "$ROLECALL env role")
[ -x "$AWS_V2" ] && CMDS+=(-n "aws v2 configure export-credentials (cached)" "$AWS_V2 configure export-credentials --profile role --format env")
[ -n "$AWS_V1" ] && CMDS+=(-n "aws v1 configure list (cached)" "$AWS_V1 configure list --profile role")
echo "== cached credentials export" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$WORK/export.md" "${CMDS[@]}" >&2
cat "$WORK/export.md"

ASSUME="sts assume-role --endpoint-url http://127.0.0.1:$PORT --profile base --role-arn arn:aws:iam::123456789012:role/bench --role-session-name bench"
CMDS=(-n "rolecall sts assume-role" "$ROLECALL $ASSUME")
[ -x "$AWS_V2" ] && CMDS+=(-n "aws v2 sts assume-role" "$AWS_V2 $ASSUME")
[ -n "$AWS_V1" ] && CMDS+=(-n "aws v1 sts assume-role" "$AWS_V1 $ASSUME")
echo "== full assume-role against moto_server" >&2
hyperfine -N --warmup 2 --runs "$RUNS" --export-markdown "$WORK/assume.md" "${CMDS[@]}" >&2
echo
cat "$WORK/assume.md"
