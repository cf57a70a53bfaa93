#!/usr/bin/env bash
# STS load test of `rolecall serve` against moto_server on loopback, bounded in time: sts GetCallerIdentity
# (as a role session, so the session lookup is measured) and sts AssumeRole (a trusted user, a trust policy
# with conditions) at 1/8/32 connections; then, on rolecall, the flatness check: issue SESSIONS sessions
# and measure both again at 8 connections. Each request is presigned once (stskit.py) and replayed by wrk.
#
#   bench/load/sts/run.sh                                  # everything, 10 s per measurement
#   DURATION=5 SERVERS=rolecall SESSIONS=100000 bench/load/sts/run.sh
#   ROLECALL=/path/to/published/rolecall bench/load/sts/run.sh     # skip the Release publish
#   flock /tmp/bench.lock env ROLECALL=... bench/load/sts/run.sh   # on a shared machine: one benchmark at a time
#
# Needs wrk, python3 with boto3, moto_server for the moto rows. Markdown table on stdout; progress on stderr.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-1 8 32}"
SERVERS="${SERVERS:-rolecall moto}"
SESSIONS="${SESSIONS:-100000}"          # 0 skips the flatness check

need() { command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is required: $2" >&2; exit 2; }; }
need wrk "apt-get install -y wrk"
python3 -c 'import boto3' 2>/dev/null || { echo "run.sh: python3 needs boto3: pip install boto3" >&2; exit 2; }
case " $SERVERS " in *" moto "*) need moto_server "pip install 'moto[server]'";; esac

WORK="$(mktemp -d /tmp/rolecall-sts-load.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT
log() { echo "run.sh: $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() {
  for _ in $(seq 1 200); do
    python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "run.sh: server at $1 did not become ready" >&2; exit 1
}

ROLECALL="${ROLECALL:-}"
if [[ " $SERVERS " == *" rolecall "* && -z "$ROLECALL" ]]; then
  log "publishing rolecall (Release)"
  ROLECALL_ARTIFACTS="$WORK/artifacts" dotnet publish "$ROOT/src/RoleCall.Cli" -c Release -o "$WORK/rolecall" >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; exit 1; }
  ROLECALL="$WORK/rolecall/rolecall"
fi

start_server() { # rolecall|moto
  PORT="$(free_port)"; ENDPOINT="http://127.0.0.1:$PORT"
  if [ "$1" = rolecall ]; then
    KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    "$ROLECALL" serve --port "$PORT" --data "$WORK/data-$PORT" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
    PIDS+=($!); wait_for "$ENDPOINT/_rolecall/health"
  else
    KEY=testing SECRET=testing
    moto_server -H 127.0.0.1 -p "$PORT" >"$WORK/server.log" 2>&1 &
    PIDS+=($!); wait_for "$ENDPOINT/moto-api/"
  fi
  export AWS_ENDPOINT_URL="$ENDPOINT" AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
}
stop_server() { local pid="${PIDS[-1]}"; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; unset 'PIDS[-1]'; }

measure() { # server scenario url sessions connections [seconds]
  local threads line
  threads=$(( $5 < 2 ? $5 : 2 ))
  wrk -t"$threads" -c"$5" -d"${WARMUP}s" "$3" >/dev/null
  line="$(wrk -t"$threads" -c"$5" -d"${6:-$DURATION}s" --latency -s "$HERE/../report.lua" "$3" | grep '^RESULT')"
  eval "${line#RESULT }"
  [ "$bad" = 0 ] || log "WARNING: $bad failed requests for $1 $2 (c=$5)"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$4" "$5" "$rps" "$p50_ms" "$p99_ms"
}

echo "| server | scenario | sessions issued before | connections | req/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|"
for server in $SERVERS; do
  start_server "$server"
  read -r USER_KEY USER_SECRET < <(python3 "$HERE/stskit.py" setup)
  read -r S_KEY S_SECRET S_TOKEN < <(python3 "$HERE/stskit.py" session "$USER_KEY" "$USER_SECRET")
  GCI="$(python3 "$HERE/stskit.py" url sts-GetCallerIdentity "$S_KEY" "$S_SECRET" "$S_TOKEN")"
  ASSUME="$(python3 "$HERE/stskit.py" url sts-AssumeRole "$USER_KEY" "$USER_SECRET")"
  for c in $CONNECTIONS; do
    log "$server c=$c"
    measure "$server" sts-GetCallerIdentity "$GCI" "~0" "$c"
    measure "$server" sts-AssumeRole "$ASSUME" "~0" "$c"
  done
  if [ "$server" = rolecall ] && [ "$SESSIONS" -gt 0 ]; then
    log "issuing $SESSIONS sessions"
    python3 - "$ASSUME" "$SESSIONS" <<'PY'
import subprocess, sys, re
url, target = sys.argv[1], int(sys.argv[2])
done = 0
while done < target:  # wrk in 10 s slices until the target number of AssumeRole calls have been answered
    out = subprocess.run(["wrk", "-t2", "-c32", "-d10s", url], capture_output=True, text=True).stdout
    done += int(re.search(r"(\d+) requests in", out).group(1))
    print(f"run.sh: {done} sessions issued", file=sys.stderr)
PY
    measure "$server" sts-GetCallerIdentity "$GCI" ">=$SESSIONS" 8
    measure "$server" sts-AssumeRole "$ASSUME" ">=$SESSIONS" 8
  fi
  stop_server
done
