#!/usr/bin/env bash
# What a DescribeInstances answer over 1,000 instances (2.3 MB of XML) can cost at best on this machine: rolecall
# answers the ec2-DescribeInstances scenario of run.sh, then floor.c (a C server that sends one fixed response from
# memory with send(2), nothing else) answers the same wrk load with rolecall's own answer, in the same run. The
# floor's p99 is the lowest any server can show here: loopback TCP and wrk reading 2.3 MB per answer (8 KiB per
# read) take most of the 2 cores at 8 connections. Table on stdout as run.sh prints it, progress on stderr.
#
#   bench/load/s3ec2/floor.sh                                   # 1,000 instances, 8 connections, 10 s each
#   ROLECALL=/path/to/published/rolecall DURATION=5 bench/load/s3ec2/floor.sh
#   flock /tmp/bench.lock env ROLECALL=... bench/load/s3ec2/floor.sh   # on a shared machine
#
# Needs wrk, python3 with boto3, and a C compiler (apt-get install -y gcc).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
INSTANCES="${INSTANCES:-1000}"
SERVERS=rolecall
WRK_TIMEOUT="${WRK_TIMEOUT:-60s}"
export ROLECALL_BENCH_ROOT="$ROOT" WRK_TIMEOUT
. "$HERE/../common.sh"
need cc "apt-get install -y gcc"

cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
row() { # server pid-cpu-before
  local cpu_us
  cpu_us="$(python3 -c "import sys; b, a, r, d, w = map(float, sys.argv[1:]); print(f'{(a - b) * 1e6 / max(r * (d + w) / d, 1):.0f}')" \
    "$2" "$(cpu_s "${PIDS[-1]}")" "$requests" "$DURATION" "$WARMUP")"
  printf '| %s | ec2-DescribeInstances (%s instances) | %s | %s | %s | %s | %s |\n' "$1" "$INSTANCES" "$CONNECTIONS" "$rps" "$p50_ms" "$p99_ms" "$cpu_us"
}

echo "| server | scenario | connections | req/s | p50 ms | p99 ms | server CPU µs/req |"
echo "|---|---|---|---|---|---|---|"
start_server rolecall
log "rolecall: seeding $INSTANCES instances"
python3 "$HERE/s3ec2kit.py" seed --keys 0 --instances "$INSTANCES"
export ROLECALL_BENCH_POST="$WORK/describe-instances"
python3 "$HERE/s3ec2kit.py" signed-post "$ROLECALL_BENCH_POST"
python3 "$HERE/s3ec2kit.py" save-answer "$ROLECALL_BENCH_POST" "$WORK/answer.xml"
url="http://127.0.0.1:$PORT/"
log "rolecall ec2-DescribeInstances c=$CONNECTIONS"
before="$(cpu_s "${PIDS[-1]}")"
wrk_measure "$url" "$CONNECTIONS" "$DURATION" "rolecall" "$HERE/post.lua"
row rolecall "$before"
stop_server

cc -O2 -o "$WORK/floor" "$HERE/floor.c"
PORT="$(free_port)"
"$WORK/floor" "$PORT" "$WORK/answer.xml" &
PIDS+=($!)
for _ in $(seq 1 100); do
  python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=1).close()" "$PORT" 2>/dev/null && break
  sleep 0.1
done
log "floor c=$CONNECTIONS"
before="$(cpu_s "${PIDS[-1]}")"
wrk_measure "http://127.0.0.1:$PORT/" "$CONNECTIONS" "$DURATION" "floor" "$HERE/post.lua"
row "floor (C: one send(2) per answer from memory)" "$before"
stop_server
