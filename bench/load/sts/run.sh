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
#   SERVERS=moto FLAT_SERVERS=moto SESSIONS=15000 CONNECTIONS=8 bench/load/sts/run.sh   # moto's fall after 15,000 sessions
#
# This replays ONE session key for GetCallerIdentity, which the server's session cache answers; for a
# different random session on every request (SQLite read), see random-sessions.sh.
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
FLAT_SERVERS="${FLAT_SERVERS:-rolecall}" # the servers the flatness check runs on

. "$HERE/../common.sh"

measure() { # server scenario url sessions connections [seconds]
  wrk_measure "$3" "$5" "${6:-$DURATION}" "$1 $2"
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
  if [[ " $FLAT_SERVERS " == *" $server "* ]] && [ "$SESSIONS" -gt 0 ]; then
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
