#!/usr/bin/env bash
# Single-stream 1 GiB PUT and GET through the AWS CLI (one `aws s3 cp` each way) against `rolecall serve`
# (and moto_server, if asked), measuring MB/s and how much the server's RSS grows during the transfers
# (issue 11, Performance: >= 300 MB/s on loopback, RSS growth < 64 MiB because bodies stream).
#
#   bench/load/s3ec2/transfer.sh                              # rolecall, 1 GiB
#   SIZE_MIB=64 bench/load/s3ec2/transfer.sh                  # a quick check of the script
#   SERVERS="rolecall moto" bench/load/s3ec2/transfer.sh      # moto keeps bodies in memory: its RSS grows by the size
#   AWS=aws bench/load/s3ec2/transfer.sh                      # the AWS CLI v1 instead of v2 (/usr/bin/aws)
#   CONCURRENCY=1 bench/load/s3ec2/transfer.sh                # the CLI's s3 max_concurrent_requests (default: its own 10)
#   CHUNK_MIB=64 bench/load/s3ec2/transfer.sh                 # the CLI's s3 multipart_chunksize (default: its own 8 MiB)
#   SERVERS="sink rolecall" RUNS=3 bench/load/s3ec2/transfer.sh   # the client's ceiling: sink.py discards bodies
#   ROLECALL=/path/to/published/rolecall bench/load/s3ec2/transfer.sh
#
# RSS is sampled every 50 ms from /proc/PID/status; growth = highest sample during a transfer minus the
# RSS just before it. CPU seconds (user+system) of the server (from /proc/PID/stat) and of the client (bash's
# `time`) are shown too: on a shared machine wall-clock MB/s follows the load, CPU per GiB does not, and it
# tells which side limits the transfer. PLAIN=1 adds `curl -T` / `curl -o` rows over presigned URLs (no client
# hashing: the server's own cost). SERVERS=sink runs the same commands against sink.py, an endpoint that reads
# and drops bodies (no hash, no store) and serves GETs with sendfile: what the AWS CLI alone reaches on this
# machine, its client CPU per GiB being the client's own cost. RUNS=N repeats the servers in turn N times (in one
# run, so load changes hit both). REPEAT=2 sends and fetches the file twice per server start (rows "#1", "#2"):
# the first transfers after start-up also pay for the JIT compiling serve's upload path (tiered compilation),
# the second show the steady state. The file is random (not sparse) and lives in a temp directory removed at exit. MB = 10^6 bytes.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SERVERS="${SERVERS:-rolecall}"
SIZE_MIB="${SIZE_MIB:-1024}"
AWS="${AWS:-/usr/bin/aws}"
CONCURRENCY="${CONCURRENCY:-}"
CHUNK_MIB="${CHUNK_MIB:-}"
RUNS="${RUNS:-1}"
REPEAT="${REPEAT:-1}"
DURATION=0 WARMUP=0

. "$HERE/../common.sh"
need "$AWS" "apt-get install -y awscli (the AWS CLI v2 as /usr/bin/aws) or AWS=aws with pip install awscli"

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# Runs a command while sampling the server's RSS; sets seconds, mbps and growth_mib.
transfer() { # server-pid bytes command...
  local pid="$1" bytes="$2" before peak_file start end cpu_before
  shift 2
  before="$(rss_kib "$pid")"
  cpu_before="$(cpu_s "$pid")"
  peak_file="$WORK/peak"
  echo "$before" >"$peak_file"
  ( peak="$before"; while kill -0 "$pid" 2>/dev/null; do
      now="$(rss_kib "$pid" 2>/dev/null || echo 0)"; if [ "$now" -gt "$peak" ]; then peak="$now"; echo "$peak" >"$peak_file"; fi
      sleep 0.05; done ) &
  local sampler=$!
  start="$(date +%s.%N)"
  local TIMEFORMAT='%U %S'
  client_cpu="$( { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%.2f", $1 + $2 }')"
  end="$(date +%s.%N)"
  server_cpu="$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$cpu_before" "$(cpu_s "$pid")")"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  seconds="$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end")"
  mbps="$(python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.0f}')" "$bytes" "$seconds")"
  growth_mib="$(python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1024:.1f}')" "$before" "$(cat "$peak_file")")"
}

log "writing a $SIZE_MIB MiB random file"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom >"$WORK/big"
BYTES="$(stat -c %s "$WORK/big")"
printf '[default]\nregion = us-east-1\n' >"$WORK/config"
if [ -n "$CONCURRENCY$CHUNK_MIB" ]; then
  printf 's3 =\n' >>"$WORK/config"
  [ -n "$CONCURRENCY" ] && printf '  max_concurrent_requests = %s\n' "$CONCURRENCY" >>"$WORK/config"
  [ -n "$CHUNK_MIB" ] && printf '  multipart_chunksize = %sMB\n' "$CHUNK_MIB" >>"$WORK/config"
fi

# The sink (sink.py): PORT, ENDPOINT and the AWS_* variables as start_server sets them.
start_sink() {
  PORT="$(free_port)"
  ENDPOINT="http://127.0.0.1:$PORT"
  python3 "$HERE/sink.py" "$PORT" "$WORK/big" >"$WORK/server.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$PORT" 2>/dev/null && break; sleep 0.1; done
  export AWS_ENDPOINT_URL="$ENDPOINT" AWS_ACCESS_KEY_ID=sink AWS_SECRET_ACCESS_KEY=sink AWS_DEFAULT_REGION=us-east-1
  export AWS_SHARED_CREDENTIALS_FILE=/dev/null
}

per_gib() { python3 -c "import sys; print(f'{float(sys.argv[1]) * 1024 / int(sys.argv[2]):.2f}')" "$1" "$SIZE_MIB"; }
echo "| server | client | direction | MiB | seconds | MB/s | server RSS growth MiB | server CPU s | client CPU s | server CPU s/GiB | client CPU s/GiB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$SIZE_MIB" "$seconds" "$mbps" "$growth_mib" "$server_cpu" "$client_cpu" "$(per_gib "$server_cpu")" "$(per_gib "$client_cpu")"; }
for server in $(for _ in $(seq 1 "$RUNS"); do echo $SERVERS; done); do
  if [ "$server" = sink ]; then start_sink; else start_server "$server"; fi
  export AWS_CONFIG_FILE="$WORK/config"
  pid="${PIDS[-1]}"
  # --endpoint-url, not AWS_ENDPOINT_URL: the Debian AWS CLI v2 (2.9) predates that variable.
  cli=("$AWS" --endpoint-url "$ENDPOINT")
  "${cli[@]}" s3 mb s3://bench-transfer >/dev/null
  for round in $(seq 1 "$REPEAT"); do
    label=""
    [ "$REPEAT" -gt 1 ] && label=" #$round"
    log "$server: PUT $SIZE_MIB MiB$label"
    transfer "$pid" "$BYTES" "${cli[@]}" s3 cp "$WORK/big" "s3://bench-transfer/big$round"
    row "$server" "$(basename "$AWS")" "PUT$label"
    log "$server: GET $SIZE_MIB MiB$label"
    transfer "$pid" "$BYTES" "${cli[@]}" s3 cp "s3://bench-transfer/big$round" "$WORK/back"
    row "$server" "$(basename "$AWS")" "GET$label"
    cmp -s "$WORK/big" "$WORK/back" || { echo "transfer.sh: the object read back differs from the file sent" >&2; exit 1; }
    rm -f "$WORK/back"
  done
  if [ -n "${PLAIN:-}" ]; then
    mapfile -t urls < <(python3 - "$ENDPOINT" <<'PY'
import sys, boto3
from botocore.config import Config
s3 = boto3.client("s3", region_name="us-east-1", endpoint_url=sys.argv[1], config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))
for method in ("put_object", "get_object"):
    print(s3.generate_presigned_url(method, Params={"Bucket": "bench-transfer", "Key": "plain"}, ExpiresIn=3600))
PY
)
    transfer "$pid" "$BYTES" curl -sfS -T "$WORK/big" "${urls[0]}"
    row "$server" curl PUT
    transfer "$pid" "$BYTES" curl -sfS -o /dev/null "${urls[1]}"
    row "$server" curl GET
  fi
  stop_server
done
