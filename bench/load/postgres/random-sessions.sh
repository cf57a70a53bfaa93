#!/usr/bin/env bash
# GetCallerIdentity over PostgreSQL with a different random session on every request (issue 15), as
# bench/load/sts/random-sessions.sh measures it over SQLite: each request is signed by a session drawn uniformly
# from all SESSIONS stored ones, so almost no request finds its session in a replica's cache and the session
# table is read. One and two replicas (REPLICAS); with two, each gets half the connections and its own driver,
# req/s is their sum and p99 the worse of the two. `gci-one-session` (one session, which the cache answers) runs
# beside it through the same driver, so the cost of the miss shows.
#
# The database is filled by `RoleCall.Benchmarks load seed-pg`: the first 10,000 sessions through the real
# AssumeRole handler and store, the rest as copies of them under key IDs of their own (valid sessions; see
# PostgresSessionSeeder.cs). CPU ms/req of the replicas and of PostgreSQL say where the time goes.
#
#   bench/load/postgres/random-sessions.sh                                 # SESSIONS="10000 1000000", 10 s each
#   DURATION=3 SESSIONS=100000 REPLICAS=1 bench/load/postgres/random-sessions.sh
#   ROLECALL=/path/to/published/rolecall bench/load/postgres/random-sessions.sh
#
# Markdown table on stdout; progress on stderr. 1,000,000 sessions are ~1 GB in PostgreSQL and a ~250 MB key file.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SESSIONS="${SESSIONS:-10000 1000000}"
REPLICAS="${REPLICAS:-1 2}"
SCENARIOS="${SCENARIOS:-gci-one-session gci-random-session}"
SERVERS=rolecall

. "$HERE/../common.sh"
. "$HERE/pg.sh"

log "building the load driver (Release)"
dotnet build "$ROOT/bench/RoleCall.Benchmarks" -c Release -o "$WORK/driver" >"$WORK/driver.log" 2>&1 || { cat "$WORK/driver.log" >&2; exit 1; }
DRIVER=(dotnet "$WORK/driver/RoleCall.Benchmarks.dll" load)

# One measurement through every endpoint at once, the connections split evenly; sets rps, p50_ms, p99_ms and CPU ms/req.
measure_all() { # scenario connections sessions_file
  local scenario="$1" c="$2" file="$3" share=$(( $2 / ${#ENDPOINTS[@]} )) i=0 runs=() s0 p0 s1 p1 requests
  rm -f "$WORK"/result.*
  s0="$(cpu_ticks "${REPLICA_PIDS[@]}")"; p0="$(cpu_ticks pg)"
  for e in "${ENDPOINTS[@]}"; do
    i=$((i + 1))
    ( "${DRIVER[@]}" run "$e/" "$scenario" "$share" "$WARMUP" "$DURATION" "$file" "$WORK/user.txt" | grep '^RESULT' >"$WORK/result.$i" ) &
    runs+=($!)
  done
  wait "${runs[@]}"
  s1="$(cpu_ticks "${REPLICA_PIDS[@]}")"; p1="$(cpu_ticks pg)"
  read -r rps p50_ms p99_ms requests bad < <(sed 's/[a-z0-9_]*=//g; s/^RESULT //' "$WORK"/result.* |
    awk '{r+=$1; p+=$2; if ($3>q) q=$3; n+=$4; b+=$5} END {printf "%.0f %.2f %.2f %d %d\n", r, p/NR, q, n, b}')
  [ "$bad" = 0 ] || log "WARNING: $bad failed requests for $scenario (c=$c)"
  requests=$(awk -v n="$requests" -v d="$DURATION" -v w="$WARMUP" 'BEGIN { printf "%d\n", n * (d + w) / d }')
  server_cpu="$(cpu_ms_per_request "$s0" "$s1" "$requests")"; pg_cpu="$(cpu_ms_per_request "$p0" "$p1" "$requests")"
}

echo "| server | scenario | sessions stored | connections | req/s | p50 ms | p99 ms | replicas CPU ms/req | PostgreSQL CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|---|"
for sessions in $SESSIONS; do
  new_database
  log "seeding $sessions sessions and 1000 roles in $DB"
  "${DRIVER[@]}" seed-pg "$STORE_URL" "$WORK/postgres.key" "$KEY" "$SECRET" "$sessions" 1000 "$WORK/sessions.txt" "$WORK/user.txt"
  for replicas in $REPLICAS; do
    start_replicas "$replicas"
    for scenario in $SCENARIOS; do
      for c in $CONNECTIONS; do
        log "pg$replicas $scenario sessions=$sessions c=$c"
        measure_all "$scenario" "$c" "$WORK/sessions.txt"
        printf '| pg%s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$replicas" "$scenario" "$sessions" "$c" "$rps" "$p50_ms" "$p99_ms" "$server_cpu" "$pg_cpu"
      done
    done
    for _ in "${ENDPOINTS[@]}"; do stop_server; done
  done
  "$PGBIN/dropdb" -h 127.0.0.1 -p "$PGPORT" -U rolecall "$DB"
  rm -f "$WORK/sessions.txt"
done
