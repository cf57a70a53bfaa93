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
# SQLite in the same run (STORES="sqlite pg", the default): a data directory seeded with the same number of
# sessions by `RoleCall.Benchmarks load seed` (every one through AssumeRole, so 1,000,000 take many minutes),
# `serve --data` on it measured by the same driver right before the PostgreSQL replicas, ROUNDS times
# alternating, so both see the same machine. The last column is PostgreSQL's req/s as a share of SQLite's
# from the same round.
#
#   bench/load/postgres/random-sessions.sh                                 # SESSIONS="10000 1000000", 10 s each
#   DURATION=3 SESSIONS=100000 REPLICAS=1 bench/load/postgres/random-sessions.sh
#   ROLECALL=/path/to/published/rolecall bench/load/postgres/random-sessions.sh
#   STORES=pg ROUNDS=1 bench/load/postgres/random-sessions.sh             # PostgreSQL only, as before
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
STORES="${STORES:-sqlite pg}"
ROUNDS="${ROUNDS:-2}"
SERVERS=rolecall

. "$HERE/../common.sh"
. "$HERE/pg.sh"

log "building the load driver (Release)"
dotnet build "$ROOT/bench/RoleCall.Benchmarks" -c Release -o "$WORK/driver" >"$WORK/driver.log" 2>&1 || { cat "$WORK/driver.log" >&2; exit 1; }
DRIVER=(dotnet "$WORK/driver/RoleCall.Benchmarks.dll" load)

# One measurement through every endpoint at once, the connections split evenly; sets rps, p50_ms, p99_ms and CPU ms/req.
measure_all() { # scenario connections sessions_file user_file
  local scenario="$1" c="$2" file="$3" users="$4" share=$(( $2 / ${#ENDPOINTS[@]} )) i=0 runs=() s0 p0 s1 p1 requests
  rm -f "$WORK"/result.*
  s0="$(cpu_ticks "${REPLICA_PIDS[@]}")"; p0="$(cpu_ticks pg)"
  for e in "${ENDPOINTS[@]}"; do
    i=$((i + 1))
    ( "${DRIVER[@]}" run "$e/" "$scenario" "$share" "$WARMUP" "$DURATION" "$file" "$users" | grep '^RESULT' >"$WORK/result.$i" ) &
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

# Every scenario and connection count against the servers now in ENDPOINTS; rows labelled $1. SQLite's req/s
# per cell is kept in SQLITE_RPS, and each PostgreSQL row shows its share of the same round's.
declare -A SQLITE_RPS
measure_rows() { # label sessions sessions_file user_file
  local key share
  for scenario in $SCENARIOS; do
    for c in $CONNECTIONS; do
      log "$1 $scenario sessions=$2 c=$c"
      measure_all "$scenario" "$c" "$3" "$4"
      key="$scenario/$c"; share="—"
      if [ "$1" = sqlite ]; then SQLITE_RPS[$key]="$rps"; elif [ -n "${SQLITE_RPS[$key]:-}" ]; then
        share="$(awk -v a="$rps" -v b="${SQLITE_RPS[$key]}" 'BEGIN { printf "%.0f%%\n", (b > 0 ? 100 * a / b : 0) }')"
      fi
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$scenario" "$2" "$c" "$rps" "$p50_ms" "$p99_ms" "$server_cpu" \
        "$([ "$1" = sqlite ] && echo — || echo "$pg_cpu")" "$share"
    done
  done
}

echo "| server | scenario | sessions stored | connections | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | of SQLite (same round) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for sessions in $SESSIONS; do
  new_database
  log "seeding $sessions sessions and 1000 roles in $DB"
  "${DRIVER[@]}" seed-pg "$STORE_URL" "$WORK/postgres.key" "$KEY" "$SECRET" "$sessions" 1000 "$WORK/sessions.txt" "$WORK/user.txt"
  if [[ " $STORES " == *" sqlite "* ]]; then
    log "seeding $sessions sessions and 1000 roles in a SQLite data directory"
    "${DRIVER[@]}" seed "$WORK/sqlite" "$KEY" "$SECRET" "$sessions" 1000 "$WORK/sqlite-sessions.txt" "$WORK/sqlite-user.txt"
  fi
  for round in $(seq 1 "$ROUNDS"); do
    if [[ " $STORES " == *" sqlite "* ]]; then
      PORT="$(free_port)"
      "$ROLECALL" serve --port "$PORT" --data "$WORK/sqlite" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/sqlite.log" 2>&1 &
      PIDS+=($!); REPLICA_PIDS=($!); ENDPOINTS=("http://127.0.0.1:$PORT")
      wait_for "http://127.0.0.1:$PORT/_rolecall/health"
      measure_rows sqlite "$sessions" "$WORK/sqlite-sessions.txt" "$WORK/sqlite-user.txt"
      stop_server
    fi
    if [[ " $STORES " == *" pg "* ]]; then
      for replicas in $REPLICAS; do
        start_replicas "$replicas"
        measure_rows "pg$replicas" "$sessions" "$WORK/sessions.txt" "$WORK/user.txt"
        for _ in "${ENDPOINTS[@]}"; do stop_server; done
      done
    fi
    log "round $round done ($(uptime | sed 's/.*load/load/'))"
  done
  "$PGBIN/dropdb" -h 127.0.0.1 -p "$PGPORT" -U rolecall "$DB"
  rm -rf "$WORK/sessions.txt" "$WORK/sqlite" "$WORK/sqlite-sessions.txt"
done
