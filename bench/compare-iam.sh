#!/usr/bin/env bash
# Whole-process comparison (issue 7, Performance): `rolecall iam list-roles --query ...` vs the AWS CLI's
# `aws iam list-roles --query ...` against the same in-memory `rolecall serve` holding 1,000 roles. Both
# paginate through all 10 pages (IAM's default MaxItems 100), apply the query and print JSON.
# Nothing touches ~/.aws: a temp HOME with empty config/credentials files.
#
# usage: flock /tmp/bench.lock bench/compare-iam.sh [runs]      (needs hyperfine, dotnet, aws, python3 with boto3)
#   ROLECALL=/path/to/published/rolecall skips the publish; AWS=/path/to/aws picks the AWS CLI.
set -euo pipefail
RUNS=${1:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/rolecall-bench-iam.XXXXXX)
SERVER_PID=
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# The real script behind a pyenv shim, so the shim's own start-up is not counted against the AWS CLI.
AWS=${AWS:-$(pyenv which aws 2>/dev/null || command -v aws || true)}
for tool in hyperfine dotnet python3 "$AWS"; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

if [ -z "${ROLECALL:-}" ]; then
  echo "== publishing rolecall (Release)" >&2
  export ROLECALL_ARTIFACTS=${ROLECALL_ARTIFACTS:-$WORK/artifacts}
  dotnet publish "$ROOT/src/RoleCall.Cli" -c Release -o "$WORK/rolecall" -v quiet -nologo >/dev/null
  ROLECALL="$WORK/rolecall/rolecall"
fi

# Only the settings below reach either tool: ambient AWS_* variables (e.g. an AWS_CA_BUNDLE exported for the
# whole machine, which makes rolecall load every CA certificate even for this http:// endpoint) are dropped,
# as the end-to-end tests drop them.
while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^AWS_')
export HOME=$WORK AWS_CONFIG_FILE=$WORK/config AWS_SHARED_CREDENTIALS_FILE=$WORK/credentials
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
: > "$AWS_CONFIG_FILE"; : > "$AWS_SHARED_CREDENTIALS_FILE"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ROLECALL_ROOT_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID ROLECALL_ROOT_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY \
  "$ROLECALL" serve --in-memory --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 200); do (echo >/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done
ENDPOINT=http://127.0.0.1:$PORT

echo "== creating 1,000 roles (boto3, one process)" >&2
python3 - "$ENDPOINT" <<'PY'
import sys, json, boto3
iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1")
trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]})
for i in range(1000):
    iam.create_role(RoleName=f"role-{i:04d}", Path=f"/team{i % 10}/", AssumeRolePolicyDocument=trust)
PY

QUERY="Roles[?starts_with(RoleName, 'role-09')].[RoleName, Arn]"
# Same answer from both before timing anything.
diff <("$AWS" --endpoint-url "$ENDPOINT" iam list-roles --query "$QUERY" --output json) \
     <("$ROLECALL" --endpoint-url "$ENDPOINT" iam list-roles --query "$QUERY" --output json) \
  || { echo "rolecall and aws print different results" >&2; exit 1; }

# The server's own warm-up (tiered JIT of its list path, in the background on the same 2 cores) must not
# land on whichever tool is timed first: list every page 50 times from one boto3 process, then let it settle.
python3 - "$ENDPOINT" <<'PY'
import sys, boto3
iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1")
for _ in range(50):
    for _page in iam.get_paginator("list_roles").paginate():
        pass
PY
sleep 3
hyperfine --warmup 5 --runs "$RUNS" -N \
  -n "rolecall iam list-roles --query" "$ROLECALL --endpoint-url $ENDPOINT iam list-roles --query \"$QUERY\" --output json" \
  -n "aws iam list-roles --query" "$AWS --endpoint-url $ENDPOINT iam list-roles --query \"$QUERY\" --output json" \
  -n "rolecall iam list-roles --output text" "$ROLECALL --endpoint-url $ENDPOINT iam list-roles --output text" \
  -n "aws iam list-roles --output text" "$AWS --endpoint-url $ENDPOINT iam list-roles --output text"
