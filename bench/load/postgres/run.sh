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
#
# PostgreSQL is Debian's (apt-get install -y postgresql), started here with initdb + pg_ctl in the work
# directory on a free loopback port (as the postgres user when run as root), default durability settings
# (fsync and synchronous_commit on), stopped at exit. Replays ONE session key for GetCallerIdentity, which a
# replica's session memo answers after the first request; see the README for what that does and does not show.
# Needs wrk, python3 with boto3, moto_server for the moto rows. Markdown table on stdout; progress on stderr.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8 32}"
ROLES="${ROLES:-1000}"
WANTED="${SERVERS:-sqlite pg1 pg2 moto}"
SCENARIOS="${SCENARIOS:-sts-GetCallerIdentity iam-GetUser iam-ListRoles sts-AssumeRole}"

# common.sh publishes rolecall when SERVERS names it, and checks for moto_server when SERVERS names moto.
SERVERS="rolecall"; [[ " $WANTED " == *" moto "* ]] && SERVERS="rolecall moto"
. "$HERE/../common.sh"

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "run.sh: PostgreSQL is required: apt-get install -y postgresql" >&2; exit 2; }
AS_PG=(); [ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)
PGDIR="$WORK/pg"; mkdir -p "$PGDIR"
if [ "$(id -u)" = 0 ]; then chmod 711 "$WORK"; chown postgres "$PGDIR"; fi  # the postgres user reaches only its own directory
PGPORT="$(free_port)"
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U rolecall -A trust -E UTF8 --locale=C >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
trap '"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true; cleanup' EXIT
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

# Starts N replicas over a fresh database; sets ENDPOINTS and the AWS_* variables (pointed at the first).
start_pg() { # replicas
  local db="bench_$RANDOM$RANDOM" port
  "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U rolecall "$db"
  ENDPOINTS=()
  KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  for _ in $(seq 1 "$1"); do
    port="$(free_port)"
    ROLECALL_STORE_KEY_FILE="$WORK/postgres.key" ROLECALL_ROOT_SECRET_ACCESS_KEY="$SECRET" \
      "$ROLECALL" serve --port "$port" --store "postgresql://rolecall@127.0.0.1:$PGPORT/$db" --root-access-key-id "$KEY" >"$WORK/server-$port.log" 2>&1 &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$port/_rolecall/health"
    ENDPOINTS+=("http://127.0.0.1:$port")
  done
  export AWS_ENDPOINT_URL="${ENDPOINTS[0]}" AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
}

# The presigned URL of a scenario for one endpoint (the user and session made by `setup` below).
url_for() { # scenario endpoint
  case "$1" in
    sts-GetCallerIdentity) AWS_ENDPOINT_URL="$2" python3 "$HERE/../sts/stskit.py" url sts-GetCallerIdentity "$S_KEY" "$S_SECRET" "$S_TOKEN" ;;
    sts-AssumeRole) AWS_ENDPOINT_URL="$2" python3 "$HERE/../sts/stskit.py" url sts-AssumeRole "$USER_KEY" "$USER_SECRET" ;;
    *) AWS_ENDPOINT_URL="$2" python3 "$HERE/../loadkit.py" url "$1" ;;
  esac
}

# One measurement over every endpoint at once, the connections split evenly; sets rps, p50_ms, p99_ms.
measure_all() { # label connections url...
  local label="$1" c="$2"; shift 2
  local share=$(( c / $# )) i=0 out runs=()
  out="$WORK/wrk"; rm -f "$out".*
  for url in "$@"; do
    i=$((i + 1))
    ( wrk_measure "$url" "$share" "$DURATION" "$label"; echo "$rps $p50_ms $p99_ms" >"$out.$i" ) &
    runs+=($!)
  done
  wait "${runs[@]}"  # only the wrk runs: a bare `wait` would wait for the servers too
  read -r rps p50_ms p99_ms < <(cat "$out".* | awk '{r+=$1; p+=$2; if ($3>q) q=$3} END {printf "%.0f %.2f %.2f\n", r, p/NR, q}')
}

echo "| server | scenario | connections | req/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|"
for server in $WANTED; do
  case "$server" in
    sqlite) start_server rolecall; ENDPOINTS=("$ENDPOINT") ;;
    moto) start_server moto; ENDPOINTS=("$ENDPOINT") ;;
    pg1) start_pg 1 ;;
    pg2) start_pg 2 ;;
    *) echo "run.sh: unknown server $server (sqlite, pg1, pg2, moto)" >&2; exit 2 ;;
  esac
  log "$server: seeding $ROLES roles, a user and a role session"
  python3 "$HERE/../loadkit.py" seed --roles "$ROLES"
  read -r USER_KEY USER_SECRET < <(python3 "$HERE/../sts/stskit.py" setup)
  read -r S_KEY S_SECRET S_TOKEN < <(python3 "$HERE/../sts/stskit.py" session "$USER_KEY" "$USER_SECRET")
  for scenario in $SCENARIOS; do
    urls=(); for e in "${ENDPOINTS[@]}"; do urls+=("$(url_for "$scenario" "$e")"); done
    for c in $CONNECTIONS; do
      log "$server $scenario c=$c"
      measure_all "$server $scenario" "$c" "${urls[@]}"
      printf '| %s | %s | %s | %s | %s | %s |\n' "$server" "$scenario" "$c" "$rps" "$p50_ms" "$p99_ms"
    done
  done
  for _ in "${ENDPOINTS[@]}"; do stop_server; done
done
