#!/usr/bin/env bash
# Issue 12, Performance: the web console under load, and `rolecall console --print-url` against a .NET hello
# world. With a signed-in session cookie, at 8 connections, the console home and the Roles page (1,000 roles
# in the account; the page shows the first 100, as the console pages them) must each serve >= 2,000 req/s
# with p99 < 10 ms; `rolecall console --print-url` for a cached role session at most 2x a hello world.
#
# usage: bench/load/console/run.sh [seconds]     (needs wrk, hyperfine, python3 with boto3, dotnet)
#   ROLECALL=/path/to/published/rolecall skips the publish; ROLECALL_BASELINE=/path/to/older/rolecall measures
#   that build's pages first, in the same run (on a loaded machine only figures of one run compare).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DURATION=${1:-10}
WARMUP=3
SERVERS=rolecall
source "$ROOT/bench/load/common.sh"
need hyperfine "apt-get install -y hyperfine"

ROOT_PASSWORD='Bench-Root-Pass-1'
KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null

# One server per build (ROLECALL_BASELINE, when set, first: the same load, the same run), each with 1,000 roles.
start_console_server() { # executable
  PORT="$(free_port)"
  ENDPOINT="http://127.0.0.1:$PORT"
  rm -rf "$WORK/data"
  ROLECALL_ROOT_PASSWORD="$ROOT_PASSWORD" "$1" serve --port "$PORT" --data "$WORK/data" --add-account 210987654321 \
    --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
  PIDS+=($!)
  wait_for "$ENDPOINT/_rolecall/health"
  export AWS_ENDPOINT_URL="$ENDPOINT"
}

for server in $SERVERS; do
  exe="$ROLECALL"; [ "$server" = baseline ] && exe="$ROLECALL_BASELINE"
  start_console_server "$exe"
  log "$server: creating 1,000 roles and signing in as root"
  COOKIE="$(python3 "$ROOT/bench/load/console/setup.py" "$ENDPOINT" "$ROOT_PASSWORD")"
  for page in /console /console/iam/roles; do
    wrk -t2 -c8 -d"${WARMUP}s" -H "Cookie: $COOKIE" "$ENDPOINT$page" >/dev/null
    line="$(wrk -t2 -c8 -d"${DURATION}s" --latency -H "Cookie: $COOKIE" -s "$ROOT/bench/load/report.lua" "$ENDPOINT$page" | grep '^RESULT')"
    eval "${line#RESULT }"
    echo "$server console $page  c=8  ${rps} req/s  p50 ${p50_ms} ms  p99 ${p99_ms} ms  (${requests} requests, ${bad} failed)"
  done
  if [ "$server" = baseline ]; then stop_server; fi
done

# `rolecall console --print-url` for a cached role session (the AWS CLI's cache, filled by the first call).
HOME_DIR="$WORK/home"; mkdir -p "$HOME_DIR/.aws"
python3 "$ROOT/bench/load/console/profile.py" "$ENDPOINT" "$HOME_DIR/.aws"
export HOME="$HOME_DIR" AWS_CONFIG_FILE="$HOME_DIR/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$HOME_DIR/.aws/credentials"
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_ENDPOINT_URL
"$ROLECALL" console --profile viewer --print-url >/dev/null
source "$ROOT/bench/hello-world.sh"
publish_hello_world "$WORK/hello"
# With ROLECALL_BASELINE, the older build's print-url runs in the same hyperfine (the same cached session).
baseline=()
if [ -n "$ROLECALL_BASELINE" ]; then
  baseline=(-n "baseline console --print-url (cached role session)" "$ROLECALL_BASELINE console --profile viewer --print-url")
fi
hyperfine -N --warmup 3 --runs "${RUNS:-20}" -n "dotnet hello world" "$WORK/hello/out/hello" \
  -n "rolecall console --print-url (cached role session)" "$ROLECALL console --profile viewer --print-url" "${baseline[@]}"
