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

. "$HERE/common.sh"

measure() { # server scenario roles connections
  wrk_measure "$(python3 "$HERE/loadkit.py" url "$2")" "$4" "$DURATION" "$1 $2"
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
