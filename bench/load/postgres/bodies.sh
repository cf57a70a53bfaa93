#!/usr/bin/env bash
# Where should S3 object bodies live when replicas share PostgreSQL (issue 15)? PUT and GET of 4 KiB and 64 MiB
# bodies, durable on PUT, streamed in 64 KiB chunks, two ways: a file in a directory (fsync + rename, what every
# replica would do on a shared mount) and a PostgreSQL large object (lo_create/lowrite in one transaction, default
# durability). PostgreSQL and the directory are on the same local disk here; a network file system adds its own
# round trips to the file way. Also prints the WAL bytes PostgreSQL writes per body byte.
#
#   bench/load/postgres/bodies.sh                     # 200 x 4 KiB, 3 x 64 MiB
#   SMALL=50 LARGE=2 bench/load/postgres/bodies.sh
#
# Markdown table on stdout; progress on stderr. Needs Debian's PostgreSQL (apt-get install -y postgresql).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SMALL="${SMALL:-200}"
LARGE="${LARGE:-3}"
SERVERS=""
DURATION=0 WARMUP=0

. "$HERE/../common.sh"
. "$HERE/pg.sh"

log "building the driver (Release)"
dotnet build "$ROOT/bench/RoleCall.Benchmarks" -c Release -o "$WORK/driver" >"$WORK/driver.log" 2>&1 || { cat "$WORK/driver.log" >&2; exit 1; }
new_database
mkdir -p "$WORK/bodies"
dotnet "$WORK/driver/RoleCall.Benchmarks.dll" load bodies "$STORE_URL" "$WORK/bodies" "$SMALL" "$LARGE"
