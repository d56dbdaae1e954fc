#!/usr/bin/env bash
# Soak: a few minutes of steady load on CoachBot with a bot restart and a full disk and its recovery in the
# middle; reports turns answered, turns lost (must be 0) and the worst latency (see bench/README.md, "Soak").
#
#   bash bench/soak.sh                      # 20 users, 180 s
#   USERS=10 DURATION=60 bash bench/soak.sh
#
# The database lives on a tmpfs of VOLUME_MB (default 64) mounted for the run, so the disk really fills;
# that needs root or passwordless sudo, and without it the full-disk phase is skipped (said so in the output).
set -euo pipefail

USERS="${USERS:-20}"
DURATION="${DURATION:-180}"
PORT="${PORT:-3988}"
VOLUME_MB="${VOLUME_MB:-64}"
MIN_FREE_MB=4

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$REPO/src/CoachBot"
DLL="$PROJECT/bin/Release/net10.0/CoachBot.dll"
DRIVER="$REPO/bench/CoachBot.Soak/bin/Release/net10.0/CoachBot.Soak.dll"
WORK="$(mktemp -d -t coachbot-soak.XXXXXX)"
log() { echo "== $(date -u +%H:%M:%S) $*" >&2; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
MOUNTED=""
BOT_PID=""
DRIVER_PID=""
cleanup() {
  if [[ -n "$DRIVER_PID" ]]; then kill "$DRIVER_PID" 2>/dev/null || true; fi
  if [[ -n "$BOT_PID" ]]; then kill "$BOT_PID" 2>/dev/null || true; wait "$BOT_PID" 2>/dev/null || true; fi
  if [[ -n "$MOUNTED" ]]; then $sudo umount -l "$WORK/volume" || true; fi
  [[ -n "${KEEP:-}" ]] && cp "$WORK/bot.log" /tmp/soak-bot.log; rm -rf "$WORK"
}
trap cleanup EXIT

log "building CoachBot and the soak driver (Release)"
dotnet build "$PROJECT" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; exit 1; }
dotnet build "$REPO/bench/CoachBot.Soak" -c Release -nologo -v q >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; exit 1; }

mkdir -p "$WORK/volume"
if $sudo mount -t tmpfs -o "size=${VOLUME_MB}m" tmpfs "$WORK/volume" 2>/dev/null; then
  MOUNTED=yes
else
  log "cannot mount a tmpfs here (needs root or passwordless sudo): the full-disk phase is skipped"
fi
DB="$WORK/volume/data/coachbot.db"

start_bot() {
  (cd "$PROJECT" && CoachBot__Storage__Sqlite__Path="$DB" CoachBot__Storage__Sqlite__MinFreeMegabytes=$MIN_FREE_MB \
    CoachBot__RateLimits__ClientBurst=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    exec dotnet "$DLL" --urls "http://127.0.0.1:$PORT") >>"$WORK/bot.log" 2>&1 &
  BOT_PID=$!
  for _ in $(seq 1 120); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" || true)" == 200 ]] && return 0
    kill -0 "$BOT_PID" 2>/dev/null || { tail -20 "$WORK/bot.log" >&2; exit 1; }
    sleep 0.5
  done
  log "the bot did not become healthy"; exit 1
}

stop_bot() {
  kill -TERM "$BOT_PID"
  local status=0
  wait "$BOT_PID" || status=$?
  BOT_PID=""
  log "bot stopped, exit code $status"
  [[ "$status" -eq 0 ]] || { log "the bot did not stop cleanly"; EXIT_CODES_BAD=1; }
}

health() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" || true; }

EXIT_CODES_BAD=0
log "starting the bot"
start_bot
log "steady load: $USERS users for $DURATION s"
dotnet "$DRIVER" "http://127.0.0.1:$PORT/api/messages" "$USERS" "$DURATION" >"$WORK/driver.txt" &
DRIVER_PID=$!

sleep $((DURATION / 4))
log "restarting the bot under load"
stop_bot
start_bot

sleep $((DURATION / 4))
if [[ -n "$MOUNTED" ]]; then
  # Twice: the first fill makes the bot fold its WAL back into the database, which frees the WAL's
  # space; the second leaves it less than MIN_FREE_MB, so it stops writing.
  for part in 1 2; do
    free=$(df -B1 --output=avail "$WORK/volume" | tail -1)
    fill=$((free - 2 * 1024 * 1024))
    log "filling the disk ($((fill / 1024 / 1024)) MiB of $((free / 1024 / 1024)) MiB free)"
    head -c "$fill" /dev/zero >"$WORK/volume/filler-$part" 2>/dev/null || true
    sleep 2
  done
  log "/healthz on a full disk: $(health)"
  sleep $((DURATION / 8))
  rm -f "$WORK/volume"/filler-*
  log "space freed; /healthz: $(health)"
fi

wait "$DRIVER_PID" && driver_status=0 || driver_status=$?
DRIVER_PID=""
stop_bot
cat "$WORK/driver.txt"
errors=$(grep -c -E '^(fail|crit)' "$WORK/bot.log" || true)
echo "bot log errors: $errors"
[[ "$driver_status" -eq 0 && "$EXIT_CODES_BAD" -eq 0 ]] || { log "soak FAILED"; exit 1; }
log "soak passed"
