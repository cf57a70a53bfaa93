# Shared by bench/load/postgres/run.sh and random-sessions.sh (sourced after ../common.sh): Debian's PostgreSQL
# started with initdb + pg_ctl in the work directory on a free loopback port (as the postgres user when run as
# root), default durability settings (fsync and synchronous_commit on), stopped at exit; replicas of
# `rolecall serve --store` over a fresh database; and the CPU time the replicas and PostgreSQL spend.

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "run.sh: PostgreSQL is required: apt-get install -y postgresql" >&2; exit 2; }
AS_PG=(); [ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)
PGDIR="$WORK/pg"; mkdir -p "$PGDIR"
if [ "$(id -u)" = 0 ]; then chmod 711 "$WORK"; chown postgres "$PGDIR"; fi  # the postgres user reaches only its own directory
PGPORT="$(free_port)"
# PG_SETTINGS: extra server settings, each word one `-c` option (PG_SETTINGS="shared_buffers=1GB").
pg_options="-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300"
for setting in ${PG_SETTINGS:-}; do pg_options="$pg_options -c $setting"; done
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U rolecall -A trust -E UTF8 --locale=C >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "$pg_options" start >/dev/null
trap '"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true; cleanup' EXIT
PGMAIN="$(head -1 "$PGDIR/data/postmaster.pid")"
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT${PG_SETTINGS:+ with $PG_SETTINGS}"
KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

# A fresh database; sets DB and STORE_URL.
new_database() {
  DB="bench_$RANDOM$RANDOM"
  "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U rolecall "$DB"
  STORE_URL="postgresql://rolecall@127.0.0.1:$PGPORT/$DB"
}

# Starts N replicas of EXE (default $ROLECALL) over STORE_URL, sharing one S3 body directory per database;
# sets ENDPOINTS and REPLICA_PIDS and points the AWS_* variables at the first.
start_replicas() { # replicas [exe]
  local port exe="${2:-$ROLECALL}"
  ENDPOINTS=(); REPLICA_PIDS=()
  for _ in $(seq 1 "$1"); do
    port="$(free_port)"
    ROLECALL_STORE_KEY_FILE="$WORK/postgres.key" ROLECALL_ROOT_SECRET_ACCESS_KEY="$SECRET" \
      "$exe" serve --port "$port" --store "$STORE_URL" --data "$WORK/data-${STORE_URL##*/}" --root-access-key-id "$KEY" >"$WORK/server-$port.log" 2>&1 &
    PIDS+=($!); REPLICA_PIDS+=($!)
    wait_for "http://127.0.0.1:$port/_rolecall/health"
    ENDPOINTS+=("http://127.0.0.1:$port")
  done
  export AWS_ENDPOINT_URL="${ENDPOINTS[0]}" AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
}

# CPU ticks (user + system) of the given processes; `cpu_ticks pg` is PostgreSQL's: the postmaster, its
# live children (backends, walwriter, ...) and the children it has reaped.
cpu_ticks() { # pid... | pg
  local pids=("$@") total=0 pid fields
  if [ "$1" = pg ]; then pids=("$PGMAIN" $(ps -o pid= --ppid "$PGMAIN")); fi
  for pid in "${pids[@]}"; do
    fields="$(cut -d' ' -f14-17 "/proc/$pid/stat" 2>/dev/null)" || continue
    [ "$1" = pg ] && [ "$pid" != "$PGMAIN" ] && fields="$(echo "$fields" | cut -d' ' -f1-2)"
    for f in $fields; do total=$((total + f)); done
  done
  echo "$total"
}

# Milliseconds of CPU per request from two tick readings and the request count.
cpu_ms_per_request() { # before after requests
  awk -v b="$1" -v a="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN { x = n > 0 ? (a - b) * 1000 / hz / n : 0; printf "%.3f\n", x }'
}
