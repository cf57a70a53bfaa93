# Shared by bench/load/run.sh and bench/load/sts/run.sh (sourced, not run): requirements, a work directory
# cleaned up on exit, publishing rolecall, starting and stopping one server at a time, and one wrk
# measurement. The caller sets ROOT, SERVERS, DURATION and WARMUP first.

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

ROLECALL="${ROLECALL:-}"                   # a published rolecall executable; empty: publish one now
ROLECALL_BASELINE="${ROLECALL_BASELINE:-}" # an older published build to compare with in the same run
if [ -n "$ROLECALL_BASELINE" ]; then SERVERS="baseline $SERVERS"; fi
if [[ " $SERVERS " == *" rolecall "* && -z "$ROLECALL" ]]; then
  log "publishing rolecall (Release)"
  ROLECALL_ARTIFACTS="$WORK/artifacts" dotnet publish "$ROOT/src/RoleCall.Cli" -c Release -o "$WORK/rolecall" >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; exit 1; }
  ROLECALL="$WORK/rolecall/rolecall"
fi

# Starts a server with an empty store; sets PORT, KEY, SECRET and ENDPOINT and points the AWS_* variables at it.
start_server() { # rolecall|baseline|moto
  PORT="$(free_port)"
  ENDPOINT="http://127.0.0.1:$PORT"
  if [ "$1" != moto ]; then
    local exe="$ROLECALL"
    [ "$1" = baseline ] && exe="$ROLECALL_BASELINE"
    KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    rm -rf "$WORK/data-$PORT"
    "$exe" serve --port "$PORT" --data "$WORK/data-$PORT" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
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

# Warms up, then replays URL for the given seconds; sets rps, p50_ms, p99_ms, requests and bad. A wrk script
# other than report.lua (one that sets the method and body, then loads report.lua) is the optional 5th argument.
wrk_measure() { # url connections seconds label [script]
  local threads line script="${5:-$ROOT/bench/load/report.lua}"
  threads=$(( $2 < 2 ? $2 : 2 ))
  # WRK_TIMEOUT (wrk's default 2s): a server slower than that per request (moto over 1,000 instances) needs more.
  wrk -t"$threads" -c"$2" -d"${WARMUP}s" --timeout "${WRK_TIMEOUT:-2s}" -s "$script" "$1" >/dev/null
  line="$(wrk -t"$threads" -c"$2" -d"$3s" --timeout "${WRK_TIMEOUT:-2s}" --latency -s "$script" "$1" | grep '^RESULT')"
  # RESULT rps=N p50_ms=N p99_ms=N requests=N bad=N
  eval "${line#RESULT }"
  [ "$bad" = 0 ] || log "WARNING: $bad failed requests for $4 (c=$2)"
}
