#!/usr/bin/env bash
# Load test of `rolecall serve` against moto_server on loopback, bounded in time (about 5 minutes with the
# defaults). Each scenario is one AWS Query request presigned for 7 days (loadkit.py) and replayed by wrk.
#
#   bench/load/run.sh                                   # everything, 10 s per measurement
#   DURATION=5 SERVERS=rolecall bench/load/run.sh       # quicker, rolecall only
#   SCENARIOS="iam-GetUser" CONNECTIONS="8" SCALING=0 bench/load/run.sh
#   ROLECALL=/path/to/published/rolecall bench/load/run.sh   # skip the Release publish
#   ROLECALL_BASELINE=/path/to/older/rolecall bench/load/run.sh   # also measure an older build ("baseline" rows)
#
# Needs wrk (apt-get install -y wrk), python3 with boto3, and moto_server (pip install 'moto[server]') for the
# moto rows. Prints a Markdown table on stdout; progress on stderr.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-1 8 32}"
SCENARIOS="${SCENARIOS:-iam-GetUser iam-ListRoles}"
SERVERS="${SERVERS:-rolecall moto}"
ROLES="${ROLES:-1000}"
SCALING="${SCALING:-1}"                 # 1: also measure with 10 and 10,000 stored roles at 8 connections
SCALING_SIZES="${SCALING_SIZES:-10 10000}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is required: $2" >&2; exit 2; }; }
need wrk "apt-get install -y wrk"
need python3 "install python3 with boto3 (pip install boto3)"
python3 -c 'import boto3' 2>/dev/null || { echo "run.sh: python3 needs boto3: pip install boto3" >&2; exit 2; }
case " $SERVERS " in *" moto "*) need moto_server "pip install 'moto[server]'";; esac

WORK="$(mktemp -d /tmp/rolecall-load.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "run.sh: $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # URL
  for _ in $(seq 1 200); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "run.sh: server at $1 did not become ready" >&2; exit 1
}

ROLECALL="${ROLECALL:-}"               # a published rolecall executable; empty: publish one now
ROLECALL_BASELINE="${ROLECALL_BASELINE:-}" # an older published build to compare with in the same run
if [ -n "$ROLECALL_BASELINE" ]; then SERVERS="baseline $SERVERS"; fi
if [[ " $SERVERS " == *" rolecall "* && -z "$ROLECALL" ]]; then
  log "publishing rolecall (Release)"
  ROLECALL_ARTIFACTS="$WORK/artifacts" dotnet publish "$ROOT/src/RoleCall.Cli" -c Release -o "$WORK/rolecall" >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; exit 1; }
  ROLECALL="$WORK/rolecall/rolecall"
fi

# Starts a server with an empty store; sets PORT, KEY, SECRET and ENDPOINT.
start_server() { # rolecall|baseline|moto
  PORT="$(free_port)"
  ENDPOINT="http://127.0.0.1:$PORT"
  if [ "$1" != moto ]; then
    local exe="$ROLECALL"
    [ "$1" = baseline ] && exe="$ROLECALL_BASELINE"
    KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    rm -rf "$WORK/data"
    "$exe" serve --port "$PORT" --data "$WORK/data" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
    PIDS+=($!)
    wait_for "$ENDPOINT/_rolecall/health"
  else
    KEY=testing SECRET=testing
    moto_server -H 127.0.0.1 -p "$PORT" >"$WORK/server.log" 2>&1 &
    PIDS+=($!)
    wait_for "$ENDPOINT/moto-api/"
  fi
  export AWS_ENDPOINT_URL="$ENDPOINT" AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
}

stop_server() {
  local pid="${PIDS[-1]}"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset 'PIDS[-1]'
}

measure() { # server scenario roles connections
  local url threads line
  url="$(python3 "$HERE/loadkit.py" url "$2")"
  threads=$(( $4 < 2 ? $4 : 2 ))
  wrk -t"$threads" -c"$4" -d"${WARMUP}s" "$url" >/dev/null
  line="$(wrk -t"$threads" -c"$4" -d"${DURATION}s" --latency -s "$HERE/report.lua" "$url" | grep '^RESULT')"
  # RESULT rps=N p50_ms=N p99_ms=N requests=N bad=N
  eval "${line#RESULT }"
  [ "$bad" = 0 ] || log "WARNING: $bad failed requests for $1 $2 (c=$4)"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$rps" "$p50_ms" "$p99_ms"
}

echo "| server | scenario | roles stored | connections | req/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|"
for server in $SERVERS; do
  log "$server: seeding $ROLES roles"
  start_server "$server"
  python3 "$HERE/loadkit.py" seed --roles "$ROLES"
  for scenario in $SCENARIOS; do
    for c in $CONNECTIONS; do
      log "$server $scenario c=$c"
      measure "$server" "$scenario" "$ROLES" "$c"
    done
  done
  stop_server
  if [ "$SCALING" = 1 ]; then
    for size in $SCALING_SIZES; do
      log "$server: seeding $size roles"
      start_server "$server"
      python3 "$HERE/loadkit.py" seed --roles "$size"
      for scenario in $SCENARIOS; do
        measure "$server" "$scenario" "$size" 8
      done
      stop_server
    done
  fi
done
