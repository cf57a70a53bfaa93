#!/usr/bin/env bash
# S3 and EC2 load test of `rolecall serve` against moto_server on loopback, both measured in the same run
# (issue 11, Performance): ListObjectsV2 over 1,000 keys (one page), GetObject of 4 KiB, PutObject of 4 KiB and
# DescribeInstances over 1,000 instances, at 8 connections by default. Each request is presigned once
# (s3ec2kit.py) and replayed by wrk; the target is >= 20x moto's req/s with p99 < 5 ms. moto's
# DescribeInstances row is MOTO_POSTS (3) requests sent one at a time (it completes none at 8 connections).
#
#   bench/load/s3ec2/run.sh                                   # everything, 10 s per measurement
#   DURATION=3 WARMUP=1 bench/load/s3ec2/run.sh               # a quick check of the script
#   SCENARIOS="s3-GetObject s3-PutObject" SERVERS=moto bench/load/s3ec2/run.sh
#   ROLECALL=/path/to/published/rolecall bench/load/s3ec2/run.sh   # skip the Release publish
#   flock /tmp/bench.lock env ROLECALL=... bench/load/s3ec2/run.sh # on a shared machine: one benchmark at a time
#   SERVERS="rolecall pg1 moto" bench/load/s3ec2/run.sh       # also one `serve --store postgresql://` replica (issue 15)
#
# Needs wrk (apt-get install -y wrk), python3 with boto3, moto_server for the moto rows. Markdown table on
# stdout (with each scenario's rolecall/moto ratio and the server's CPU time per request, user+system from
# /proc/PID/stat over warm-up and measurement, divided by the requests of both: on a shared machine req/s and
# p99 follow the load, CPU per request much less); progress on stderr.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SERVERS="${SERVERS:-rolecall moto}"
WANTED="$SERVERS"
KEYS="${KEYS:-1000}"
INSTANCES="${INSTANCES:-1000}"
MOTO_POSTS="${MOTO_POSTS:-3}"     # moto's DescribeInstances: this many requests one at a time (0: wrk as for the rest)
SCENARIOS="${SCENARIOS:-$(python3 "$HERE/s3ec2kit.py" list)}"
export ROLECALL_BENCH_ROOT="$ROOT"

# pg1 (a replica over PostgreSQL, bodies in its --data directory) needs the published rolecall too.
WANTED_PG=""; case " $SERVERS " in *" pg1 "*) WANTED_PG=1; case " $SERVERS " in *" rolecall "*) ;; *) SERVERS="rolecall $SERVERS";; esac;; esac
. "$HERE/../common.sh"
[ -n "$WANTED_PG" ] && . "$HERE/../postgres/pg.sh"

# moto first, so each rolecall row can show its ratio to moto's figure from this same run.
case " $SERVERS " in *" moto "*) SERVERS="moto $(echo " $SERVERS " | sed 's/ moto / /')";; esac

declare -A RPS
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
echo "| server | scenario | connections | req/s | p50 ms | p99 ms | vs moto | server CPU µs/req |"
echo "|---|---|---|---|---|---|---|---|"
for server in $SERVERS; do
  [ -n "$WANTED_PG" ] && [[ " $WANTED " != *" rolecall "* ]] && [ "$server" = rolecall ] && continue
  if [ "$server" = pg1 ]; then
    new_database; start_replicas 1; ENDPOINT="${ENDPOINTS[0]}"; PORT="${ENDPOINT##*:}"
  else
    start_server "$server"
  fi
  log "$server: seeding $KEYS keys and $INSTANCES instances"
  python3 "$HERE/s3ec2kit.py" seed --keys "$KEYS" --instances "$INSTANCES"
  for scenario in $SCENARIOS; do
    url="$(python3 "$HERE/s3ec2kit.py" url "$scenario")"
    script="$ROOT/bench/load/report.lua"
    if [ "$scenario" = s3-PutObject ]; then
      export ROLECALL_BENCH_PUT_PATHS="$WORK/put-paths-$PORT"
      python3 "$HERE/s3ec2kit.py" put-paths 1000 >"$ROLECALL_BENCH_PUT_PATHS"
      script="$HERE/put.lua"
    fi
    if [ "$scenario" = ec2-DescribeInstances ]; then
      export ROLECALL_BENCH_POST="$WORK/describe-instances-$PORT"
      python3 "$HERE/s3ec2kit.py" signed-post "$ROLECALL_BENCH_POST"
      script="$HERE/post.lua"
    fi
    if [ "$server" = moto ] && [ "$scenario" = ec2-DescribeInstances ] && [ "$MOTO_POSTS" != 0 ]; then
      # moto needs seconds per answer over 1,000 instances: at 8 connections it completes nothing in a run of
      # this length. So it answers MOTO_POSTS requests one at a time, each waited for in full; being
      # single-threaded Python, it would not answer more per second at 8 connections than at 1. Each
      # rolecall row's ratio is to this figure.
      log "$server $scenario: $MOTO_POSTS requests one at a time"
      line="$(python3 "$HERE/s3ec2kit.py" timed-posts "$ROLECALL_BENCH_POST" "$MOTO_POSTS")"
      eval "${line#RESULT }"
      for c in $CONNECTIONS; do RPS["$server $scenario $c"]="$rps"; done
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$server" "$scenario" "1 (sequential, $requests requests)" "$rps" "$p50_ms" "$p99_ms" "" ""
      continue
    fi
    for c in $CONNECTIONS; do
      log "$server $scenario c=$c"
      cpu_before="$(cpu_s "${PIDS[-1]}")"
      wrk_measure "$url" "$c" "$DURATION" "$server $scenario" "$script"
      # Warm-up requests are assumed to run at the measured rate.
      cpu_us="$(python3 -c "import sys; b, a, r, d, w = map(float, sys.argv[1:]); print(f'{(a - b) * 1e6 / max(r * (d + w) / d, 1):.0f}')" \
        "$cpu_before" "$(cpu_s "${PIDS[-1]}")" "$requests" "$DURATION" "$WARMUP")"
      RPS["$server $scenario $c"]="$rps"
      ratio=""
      if [ "$server" != moto ] && [ -n "${RPS[moto $scenario $c]:-}" ]; then
        ratio="$(python3 -c "import sys; print(f'{float(sys.argv[1]) / max(float(sys.argv[2]), 0.001):.1f}x')" "$rps" "${RPS[moto $scenario $c]}")"
      fi
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$server" "$scenario" "$c" "$rps" "$p50_ms" "$p99_ms" "$ratio" "$cpu_us"
    done
  done
  stop_server
done
