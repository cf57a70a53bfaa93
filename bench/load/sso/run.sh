#!/usr/bin/env bash
# Issue 13, Performance: GetRoleCredentials on serve under load (>= 10,000 req/s at 8 connections, p99 < 5 ms),
# and `rolecall env` on an SSO profile: with token and role credentials cached (<= 2x a .NET hello world), and
# with only the token cached (one GetRoleCredentials call; >= 5x faster than the AWS CLI v2's
# `aws configure export-credentials`, pointed at serve through `rolecall sso cli-v2-data`).
#
# usage: bench/load/sso/run.sh [seconds]     (needs wrk, hyperfine, python3 with boto3, dotnet, /usr/bin/aws)
#   ROLECALL=/path/to/published/rolecall skips the publish; ROLECALL_BASELINE=/path/to/older/rolecall measures
#   that build's GetRoleCredentials first, in the same run (on a loaded machine only figures of one run compare).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DURATION=${1:-10}
WARMUP=2
SERVERS=rolecall
TARGET=210987654321
source "$ROOT/bench/load/common.sh"
need hyperfine "apt-get install -y hyperfine"
need /usr/bin/aws "apt-get install -y awscli (the AWS CLI v2)"

# Starts serve over a fresh data directory with alice and S3Reader set up; sets ENDPOINT and TOKEN.
start_portal_server() { # executable
  PORT="$(free_port)"
  ENDPOINT="http://127.0.0.1:$PORT"
  rm -rf "$WORK/data"
  "$1" serve --port "$PORT" --data "$WORK/data" --add-account "$TARGET" \
    --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
  PIDS+=($!)
  wait_for "$ENDPOINT/_rolecall/health"
  log "setting up alice and S3Reader in $TARGET, logging in"
  PASSWORD="$(AWS_ENDPOINT_URL="$ENDPOINT" AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1 \
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
    python3 "$ROOT/tests/RoleCall.EndToEnd.Tests/Server/Scripts/identity_center_client.py" "$TARGET" setup | python3 -c 'import json,sys; print(json.load(sys.stdin)["password"])')"
  TOKEN_JSON="$(python3 "$ROOT/bench/load/sso/token.py" "$ENDPOINT" "$PASSWORD")"
  TOKEN="$(printf '%s' "$TOKEN_JSON" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
}

KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# 1. GetRoleCredentials under load: each request issues a new role session. ROLECALL_BASELINE, when set, is
# measured first on a server of its own (the same load, the same run); the last server stays up for part 2.
for server in $SERVERS; do
  exe="$ROLECALL"; [ "$server" = baseline ] && exe="$ROLECALL_BASELINE"
  start_portal_server "$exe"
  URL="$ENDPOINT/federation/credentials?role_name=S3Reader&account_id=$TARGET"
  wrk -t2 -c8 -d"${WARMUP}s" -H "x-amz-sso_bearer_token: $TOKEN" "$URL" >/dev/null
  line="$(wrk -t2 -c8 -d"${DURATION}s" --latency -H "x-amz-sso_bearer_token: $TOKEN" -s "$ROOT/bench/load/report.lua" "$URL" | grep '^RESULT')"
  eval "${line#RESULT }"
  echo "$server GetRoleCredentials  c=8  ${rps} req/s  p50 ${p50_ms} ms  p99 ${p99_ms} ms  (${requests} requests, ${bad} failed)"
  if [ "$server" = baseline ]; then stop_server; fi
done

# 2. An sso-session profile whose token is in the cache both tools share (botocore's file, key sha1("bench")).
HOME_DIR="$WORK/home"; mkdir -p "$HOME_DIR/.aws/sso/cache"
cat > "$HOME_DIR/.aws/config" <<INI
[profile dev]
sso_session = bench
sso_account_id = $TARGET
sso_role_name = S3Reader
region = us-east-1

[sso-session bench]
sso_start_url = $ENDPOINT/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
INI
python3 - "$HOME_DIR/.aws/sso/cache" "$ENDPOINT" "$TOKEN" <<'PY'
import datetime, hashlib, json, sys
expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
entry = {"startUrl": sys.argv[2] + "/start", "region": "us-east-1", "accessToken": sys.argv[3], "expiresAt": expires}
open(f"{sys.argv[1]}/{hashlib.sha1(b'bench').hexdigest()}.json", "w").write(json.dumps(entry))
PY
export HOME="$HOME_DIR" AWS_CONFIG_FILE="$HOME_DIR/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$HOME_DIR/.aws/credentials"
export AWS_ENDPOINT_URL_SSO="$ENDPOINT" AWS_ENDPOINT_URL_SSO_OIDC="$ENDPOINT"
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_ENDPOINT_URL
eval "$("$ROLECALL" sso cli-v2-data "$WORK/aws-data" --endpoint-url "$ENDPOINT")"
"$ROLECALL" env dev >/dev/null   # fills ~/.aws/cli/cache

source "$ROOT/bench/hello-world.sh"
publish_hello_world "$WORK/hello"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" -n "dotnet hello world" "$WORK/hello/out/hello" \
  -n "rolecall env dev (token and role credentials cached)" "$ROLECALL env dev"
hyperfine -N --warmup 2 --runs "${RUNS:-10}" --prepare "rm -rf $HOME_DIR/.aws/cli/cache" \
  -n "rolecall env dev (token cached: one GetRoleCredentials)" "$ROLECALL env dev" \
  -n "aws configure export-credentials --profile dev (AWS CLI v2, token cached)" "/usr/bin/aws configure export-credentials --profile dev"
