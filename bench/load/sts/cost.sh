#!/usr/bin/env bash
# What one AssumeRole costs the server at 8 connections, in figures a busy machine disturbs less than p99:
# server CPU (user+sys) per request, bytes and write syscalls per request (each issues one session row),
# beside wrk's req/s, p50 and p99. Compare two builds in one run:
#
#   ROLECALL=/path/to/rolecall bench/load/sts/cost.sh [seconds]
#   ROLECALL=/new/rolecall ROLECALL_BASELINE=/old/rolecall flock /tmp/bench.lock bench/load/sts/cost.sh 8
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${1:-8}"; WARMUP=3; SERVERS=rolecall
. "$HERE/../common.sh"

snap() { # pid -> cpu ticks, wchar, syscw
  awk '{print $14+$15}' "/proc/$1/stat"; grep -E '^(wchar|syscw)' "/proc/$1/io" | awk '{print $2}'
}

for server in $SERVERS; do
  start_server "$server"
  pid="${PIDS[-1]}"
  read -r USER_KEY USER_SECRET < <(python3 "$HERE/stskit.py" setup)
  ASSUME="$(python3 "$HERE/stskit.py" url sts-AssumeRole "$USER_KEY" "$USER_SECRET")"
  wrk -t2 -c8 -d"${WARMUP}s" "$ASSUME" >/dev/null
  read -r -d '' -a before < <(snap "$pid") || true
  line="$(wrk -t2 -c8 -d"${DURATION}s" --latency -s "$ROOT/bench/load/report.lua" "$ASSUME" | grep '^RESULT')"
  read -r -d '' -a after < <(snap "$pid") || true
  eval "${line#RESULT }"
  python3 - "$server" "$rps" "$p50_ms" "$p99_ms" "$requests" "$(getconf CLK_TCK)" "${before[@]}" "${after[@]}" <<'PY'
import sys
server, rps, p50, p99, n, tck = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
b, a = [int(x) for x in sys.argv[7:10]], [int(x) for x in sys.argv[10:13]]
print(f"{server}: AssumeRole c=8 {rps} req/s p50 {p50} ms p99 {p99} ms | server CPU {(a[0]-b[0])/tck/n*1e6:.0f} us/req, "
      f"{(a[1]-b[1])/n:.0f} bytes and {(a[2]-b[2])/n:.1f} write calls/req")
PY
  stop_server
done
