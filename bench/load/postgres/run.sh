#!/usr/bin/env bash
# `rolecall serve` over SQLite, over PostgreSQL with one replica and with two replicas, and moto_server, at 8
# and 32 connections: sts GetCallerIdentity signed with session keys, iam GetUser, iam ListRoles (ROLES roles
# stored) and sts AssumeRole (issue 15). Each request is presigned once (loadkit.py, stskit.py) and replayed by
# wrk; with two replicas each gets half the connections (its own presigned URLs: SigV4 signs the host) and the
# two wrk runs go at once: req/s is their sum, p99 the worse of the two.
#
#   bench/load/postgres/run.sh                                    # everything, 10 s per measurement
#   DURATION=3 WARMUP=1 SERVERS="sqlite pg1" bench/load/postgres/run.sh
#   ROLECALL=/path/to/published/rolecall bench/load/postgres/run.sh   # skip the Release publish
#   ROLECALL_BASELINE=/path/to/older/rolecall SERVERS="pg1 moto" bench/load/postgres/run.sh
#       # A/B in one run: each pgN also runs on the older build first ("pgN-baseline" rows)
#
# PostgreSQL is Debian's (apt-get install -y postgresql), started here with initdb + pg_ctl in the work
# directory on a free loopback port (as the postgres user when run as root), default durability settings
# (fsync and synchronous_commit on), stopped at exit. Replays ONE session key for GetCallerIdentity, which a
# replica's session memo answers after the first request; see the README for what that does and does not show.
# The last two columns say where the CPU goes: milliseconds of CPU per request in the serving processes and in
# PostgreSQL (on a 2-core machine, 2,000 ms of CPU per second is all there is, wrk's share included).
# Needs wrk, python3 with boto3, moto_server for the moto rows. Markdown table on stdout; progress on stderr.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8 32}"
ROLES="${ROLES:-1000}"
WANTED="${SERVERS:-sqlite pg1 pg2 moto}"
if [ -n "${ROLECALL_BASELINE:-}" ]; then
  with=""; for s in $WANTED; do case "$s" in pg1|pg2) with="$with $s-baseline $s" ;; *) with="$with $s" ;; esac; done
  WANTED="${with# }"
fi
SCENARIOS="${SCENARIOS:-sts-GetCallerIdentity iam-GetUser iam-ListRoles sts-AssumeRole}"
# JIT_WARMUP: seconds of each scenario's load on a rolecall process before its first measurement, on top of
# WARMUP. .NET compiles a hot method up to three times (ReadyToRun code, then instrumented, then optimized with
# that profile) on background threads that share the 2 cores with the load: pg1 AssumeRole at 8 connections read
# 5.5-7.5k req/s one second after start and 11.2-11.6k after 15 s, same build, same minutes (6 Dec 17:50). moto,
# an interpreter whose AssumeRole slows as its sessions pile up, gets WARMUP only.
JIT_WARMUP="${JIT_WARMUP:-15}"

# common.sh publishes rolecall when SERVERS names it, and checks for moto_server when SERVERS names moto.
SERVERS="rolecall"; [[ " $WANTED " == *" moto "* ]] && SERVERS="rolecall moto"
. "$HERE/../common.sh"

. "$HERE/pg.sh"

# The presigned URL of a scenario for one endpoint (the user and session made by `setup` below).
url_for() { # scenario endpoint
  case "$1" in
    sts-GetCallerIdentity) AWS_ENDPOINT_URL="$2" python3 "$HERE/../sts/stskit.py" url sts-GetCallerIdentity "$S_KEY" "$S_SECRET" "$S_TOKEN" ;;
    sts-AssumeRole) AWS_ENDPOINT_URL="$2" python3 "$HERE/../sts/stskit.py" url sts-AssumeRole "$USER_KEY" "$USER_SECRET" ;;
    *) AWS_ENDPOINT_URL="$2" python3 "$HERE/../loadkit.py" url "$1" ;;
  esac
}

# One measurement over every endpoint at once, the connections split evenly; sets rps, p50_ms, p99_ms, and
# server_cpu / pg_cpu: CPU milliseconds per request of the serving processes (SERVER_PIDS) and of PostgreSQL,
# measured over the whole run, warm-up included (so divided by the warm-up's requests too, at the run's rate).
measure_all() { # label connections url...
  local label="$1" c="$2"; shift 2
  local share=$(( c / $# )) i=0 out runs=() s0 p0 s1 p1 requests
  out="$WORK/wrk"; rm -f "$out".*
  s0="$(cpu_ticks "${SERVER_PIDS[@]}")"; p0="$(cpu_ticks pg)"
  for url in "$@"; do
    i=$((i + 1))
    ( wrk_measure "$url" "$share" "$DURATION" "$label"; echo "$rps $p50_ms $p99_ms $requests" >"$out.$i" ) &
    runs+=($!)
  done
  wait "${runs[@]}"  # only the wrk runs: a bare `wait` would wait for the servers too
  s1="$(cpu_ticks "${SERVER_PIDS[@]}")"; p1="$(cpu_ticks pg)"
  read -r rps p50_ms p99_ms requests < <(cat "$out".* | awk '{r+=$1; p+=$2; if ($3>q) q=$3; n+=$4} END {printf "%.0f %.2f %.2f %d\n", r, p/NR, q, n}')
  requests=$(awk -v n="$requests" -v d="$DURATION" -v w="$WARMUP" 'BEGIN { printf "%d\n", n * (d + w) / d }')
  server_cpu="$(cpu_ms_per_request "$s0" "$s1" "$requests")"; pg_cpu="$(cpu_ms_per_request "$p0" "$p1" "$requests")"
}

# Load on every endpoint at once for JIT_WARMUP seconds, the first connection count split evenly; discarded.
jit_warmup() { # url...
  local share=$(( ${CONNECTIONS%% *} / $# )) runs=()
  for url in "$@"; do
    wrk -t$(( share < 2 ? share : 2 )) -c"$share" -d"${JIT_WARMUP}s" --timeout "${WRK_TIMEOUT:-2s}" "$url" >/dev/null &
    runs+=($!)
  done
  wait "${runs[@]}"
}

echo "| server | scenario | connections | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|"
for server in $WANTED; do
  case "$server" in
    sqlite) start_server rolecall; ENDPOINTS=("$ENDPOINT"); SERVER_PIDS=("${PIDS[-1]}") ;;
    moto) start_server moto; ENDPOINTS=("$ENDPOINT"); SERVER_PIDS=("${PIDS[-1]}") ;;
    pg1) new_database; start_replicas 1; SERVER_PIDS=("${REPLICA_PIDS[@]}") ;;
    pg2) new_database; start_replicas 2; SERVER_PIDS=("${REPLICA_PIDS[@]}") ;;
    pg1-baseline|pg2-baseline) new_database; start_replicas "${server:2:1}" "$ROLECALL_BASELINE"; SERVER_PIDS=("${REPLICA_PIDS[@]}") ;;
    *) echo "run.sh: unknown server $server (sqlite, pg1, pg2, moto)" >&2; exit 2 ;;
  esac
  log "$server: seeding $ROLES roles, a user and a role session"
  python3 "$HERE/../loadkit.py" seed --roles "$ROLES"
  read -r USER_KEY USER_SECRET < <(python3 "$HERE/../sts/stskit.py" setup)
  read -r S_KEY S_SECRET S_TOKEN < <(python3 "$HERE/../sts/stskit.py" session "$USER_KEY" "$USER_SECRET")
  for scenario in $SCENARIOS; do
    urls=(); for e in "${ENDPOINTS[@]}"; do urls+=("$(url_for "$scenario" "$e")"); done
    if [ "$server" != moto ] && [ "$JIT_WARMUP" -gt 0 ]; then
      log "$server $scenario: ${JIT_WARMUP} s of JIT warm-up"
      jit_warmup "${urls[@]}"
    fi
    for c in $CONNECTIONS; do
      log "$server $scenario c=$c"
      measure_all "$server $scenario" "$c" "${urls[@]}"
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$server" "$scenario" "$c" "$rps" "$p50_ms" "$p99_ms" "$server_cpu" "$pg_cpu"
    done
  done
  for _ in "${ENDPOINTS[@]}"; do stop_server; done
done
