#!/usr/bin/env bash
# Vault figures (issue 14, Performance): `rolecall env ROLE` for a role profile whose source keys are in the
# file vault, with the agent unlocked and the role session cached (in the AWS CLI cache, and encrypted in the
# vault with vault_sessions = true), against a .NET hello world and against the same role profile over keys in
# the plain credentials file (no vault at all); then the cost of one unlock: the same
# command without the agent (Argon2id key derivation + one item opened) and its peak memory (/usr/bin/time).
# Nothing touches ~/.aws or the real vault: everything lives in a temp HOME. STS is moto_server.
#
# usage: bench/compare-vault.sh [runs]        (needs hyperfine, moto_server, dotnet, /usr/bin/time)
#   ROLECALL=/path/to/published/rolecall skips the publish.
set -euo pipefail
RUNS=${1:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/rolecall-vault-bench.XXXXXX)
MOTO_PID=
cleanup() { "${ROLECALL:-true}" vault lock >/dev/null 2>&1 || true; [ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for tool in hyperfine moto_server dotnet /usr/bin/time; do
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

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep -E '^(AWS|ROLECALL)_')
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" AWS_CONFIG_FILE="$WORK/home/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$WORK/home/.aws/credentials"
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_EC2_METADATA_DISABLED=true ROLECALL_VAULT_BACKEND=file
mkdir -p "$HOME/.aws" && mkdir -m 700 "$XDG_RUNTIME_DIR"
cat > "$AWS_CONFIG_FILE" <<INI
[profile plain-cached]
role_arn = arn:aws:iam::123456789012:role/bench-plain
source_profile = plain
region = us-east-1

[profile cli-cached]
role_arn = arn:aws:iam::123456789012:role/bench
source_profile = base
region = us-east-1

[profile vault-cached]
role_arn = arn:aws:iam::123456789012:role/bench-vault
source_profile = base
vault_sessions = true
region = us-east-1
INI
# The baseline without the vault: the same role profile over keys in the plain credentials file.
printf '[plain]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' > "$AWS_SHARED_CREDENTIALS_FILE"
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \
  ROLECALL_VAULT_PASSPHRASE=bench "$ROLECALL" vault add base --from-env 2>/dev/null
echo bench | "$ROLECALL" vault unlock --timeout 10m 2>/dev/null
"$ROLECALL" env plain-cached >/dev/null && "$ROLECALL" env cli-cached >/dev/null && "$ROLECALL" env vault-cached >/dev/null

echo "== rolecall env, agent unlocked, session cached (runs: $RUNS)" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$WORK/env.md" \
  -n "hello world" "$WORK/hello/out/hello" \
  -n "rolecall env (plain credentials file, session in ~/.aws/cli/cache)" "$ROLECALL env plain-cached" \
  -n "rolecall env (session in ~/.aws/cli/cache)" "$ROLECALL env cli-cached" \
  -n "rolecall env (session in the vault, key from the agent)" "$ROLECALL env vault-cached" >&2
cat "$WORK/env.md"

echo "== one unlock: the same command without the agent (Argon2id + open one item)" >&2
"$ROLECALL" vault lock >/dev/null 2>&1
hyperfine -N --warmup 1 --runs 5 --export-markdown "$WORK/unlock.md" \
  -n "rolecall env base (passphrase, no agent)" "env ROLECALL_VAULT_PASSPHRASE=bench $ROLECALL env base" >&2
cat "$WORK/unlock.md"
for mode in agent passphrase; do
  if [ "$mode" = agent ]; then echo bench | "$ROLECALL" vault unlock 2>/dev/null; fi
  /usr/bin/time -f "$mode: %e s wall, %U s user, peak RSS %M KiB" env ROLECALL_VAULT_PASSPHRASE=bench "$ROLECALL" env base >/dev/null
  "$ROLECALL" vault lock >/dev/null 2>&1
done
