#!/usr/bin/env bash
# What "GetCallerIdentity stays flat as sessions grow" and "ListRoles as a non-root caller" really cost:
#
#   - gci-random-session: GetCallerIdentity where every request is signed by a session drawn uniformly at
#     random from all SESSIONS seeded ones, so almost no request finds its session in a cache and the
#     SQLite session table is read (the old sts/run.sh replays one session, which a dictionary answers);
#   - listroles-user: ListRoles by load-user, whose identity policy allows iam:ListRoles with a condition
#     (aws:SourceIp), so the policy engine decides every request (loadkit.py's ListRoles is signed by root);
#   - listroles-user-mix: the same with one UpdateRole (a write that invalidates the listing) every 100.
#
# The data directory is filled in process through the real IAM/STS handlers (`RoleCall.Benchmarks load
# seed`: 1,000 roles, SESSIONS AssumeRole sessions), then `rolecall serve --data` is started on it and the
# load comes from `RoleCall.Benchmarks load run`, a closed-loop driver like wrk that signs every request
# afresh (signing is client cost, on the same machine, as with any SDK client).
#
#   bench/load/sts/random-sessions.sh                           # SESSIONS="100000 1000000", 10 s each
#   DURATION=3 SESSIONS=100000 bench/load/sts/random-sessions.sh
#   ROLECALL=/path/to/published/rolecall bench/load/sts/random-sessions.sh
#
# Markdown table on stdout; progress on stderr. Seeding 1,000,000 sessions takes minutes and ~200 MB of disk.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SESSIONS="${SESSIONS:-100000 1000000}"
SERVERS=rolecall

. "$HERE/../common.sh"

log "building the load driver (Release)"
dotnet build "$ROOT/bench/RoleCall.Benchmarks" -c Release -o "$WORK/driver" >"$WORK/driver.log" 2>&1 || { cat "$WORK/driver.log" >&2; exit 1; }
DRIVER=(dotnet "$WORK/driver/RoleCall.Benchmarks.dll" load)
KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

echo "| server | scenario | sessions stored | roles stored | connections | req/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|---|"
for sessions in $SESSIONS; do
  data="$WORK/data-$sessions"
  log "seeding $sessions sessions and 1000 roles in $data"
  "${DRIVER[@]}" seed "$data" "$KEY" "$SECRET" "$sessions" 1000 "$WORK/sessions-$sessions.txt" "$WORK/user.txt"
  PORT="$(free_port)"
  "$ROLECALL" serve --port "$PORT" --data "$data" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >"$WORK/server.log" 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$PORT/_rolecall/health"
  # The old single-key and root-signed workloads run through the same driver, so the rows compare like with like.
  scenarios="gci-one-session gci-random-session"
  [ "$sessions" = "${SESSIONS%% *}" ] && scenarios="$scenarios listroles-root listroles-user listroles-user-mix"
  for scenario in $scenarios; do
    for c in $CONNECTIONS; do
      log "$scenario c=$c"
      line="$("${DRIVER[@]}" run "http://127.0.0.1:$PORT/" "$scenario" "$c" "$WARMUP" "$DURATION" "$WORK/sessions-$sessions.txt" "$WORK/user.txt" | grep '^RESULT')"
      eval "${line#RESULT }"
      [ "$bad" = 0 ] || log "WARNING: $bad failed requests for $scenario (c=$c)"
      printf '| rolecall | %s | %s | 1000 | %s | %s | %s | %s |\n' "$scenario" "$sessions" "$c" "$rps" "$p50_ms" "$p99_ms"
    done
  done
  stop_server
  rm -rf "$data" "$WORK/sessions-$sessions.txt"
done
