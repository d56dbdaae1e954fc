#!/usr/bin/env bash
# Side-by-side benchmark: CoachBot and the reference Bot Framework JS bot (the "peer"), measured with the
# same driver, the same load, on this machine, in one run. Only the ratios travel between machines.
#
#   bash bench/run.sh                                  # 50 users, 20 s measured after 20 s warmup, both bots
#   USERS=100 DURATION=30 bash bench/run.sh            # or: bash bench/run.sh --users 100 --duration 30
#   ONLY=peer bash bench/run.sh                        # one bot only (coachbot | peer); no comparison
#   STORES="sqlite postgres2" bash bench/run.sh        # which CoachBot set-ups, in this order (default:
#                                                      # sqlite postgres postgres2), each compared with the peer
#
# CoachBot set-ups: sqlite (one instance, its SQLite file), postgres (one instance on a throwaway
# PostgreSQL 15 cluster started here) and postgres2 (two instances on one database, each conversation's
# turns sent to both in turn, as by a balancer without affinity). The cluster runs with fsync on and
# synchronous_commit off, as durable as SQLite's synchronous=NORMAL: a crash of the bot loses nothing,
# a power cut may lose the last moments.
#
# Results (text, JSON, bot logs) go to bench/results/<UTC time>/ (git-ignored).
set -euo pipefail

USERS="${USERS:-50}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
ONLY="${ONLY:-both}"
COACHBOT_PORT="${COACHBOT_PORT:-3978}"
COACHBOT_PORT2="${COACHBOT_PORT2:-3980}"
STORES="${STORES:-sqlite postgres postgres2}"
PEER_PORT="${PEER_PORT:-3979}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --users) USERS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --stores) STORES="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$ONLY" in both|coachbot|peer) ;; *) echo "ONLY must be both, coachbot or peer" >&2; exit 2 ;; esac
for store in $STORES; do
  case "$store" in sqlite|postgres|postgres2) ;; *) echo "STORES may list sqlite, postgres and postgres2" >&2; exit 2 ;; esac
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER_SOURCE="${PEER_SOURCE:-$REPO/../shared/peer/botbuilder-js}"
DRIVER="$REPO/bench/CoachBot.Bench/bin/Release/net10.0/CoachBot.Bench.dll"
COACHBOT_PROJECT="${COACHBOT_PROJECT:-$REPO/src/CoachBot}"
COACHBOT_DLL="$COACHBOT_PROJECT/bin/Release/net10.0/$(basename "$COACHBOT_PROJECT").dll"
OUT="$REPO/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"

log() { echo "== $*" >&2; }
wants() { [[ "$ONLY" == both || "$ONLY" == "$1" ]]; }

port_answers() {
  [[ "$(curl -s -o /dev/null --max-time 1 -w '%{http_code}' "http://127.0.0.1:$1/api/messages" || true)" != 000 ]]
}

# A bot left running from before would be measured instead of the one started here.
ports=()
if wants coachbot; then ports+=("$COACHBOT_PORT" "$COACHBOT_PORT2"); fi
if wants peer; then ports+=("$PEER_PORT"); fi
for port in "${ports[@]}"; do
  if port_answers "$port"; then log "something already answers on port $port: stop it first"; exit 1; fi
done
WORK="$(mktemp -d -t coachbot-bench.XXXXXX)"
mkdir -p "$OUT"

# Background processes this script started; the trap stops them whatever way the script ends.
BOT_PIDS=()
DRIVER_PID=""
cleanup() {
  local pid
  if [[ -n "$DRIVER_PID" ]]; then kill "$DRIVER_PID" 2>/dev/null || true; fi
  for pid in ${BOT_PIDS[@]+"${BOT_PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; done
  for pid in ${BOT_PIDS[@]+"${BOT_PIDS[@]}"}; do
    # Give each a few seconds to stop, then insist.
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if declare -F stop_throwaway_postgres >/dev/null; then stop_throwaway_postgres; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until the bot answers HTTP on its port (any status), failing if it dies or takes over 90 s.
wait_until_answering() {
  local name="$1" port="$2" pid="$3" logfile="$4"
  for _ in $(seq 1 180); do
    port_answers "$port" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited before answering; last lines of $logfile:"; tail -20 "$logfile" >&2; exit 1
    fi
    sleep 0.5
  done
  log "$name did not answer on port $port within 90 s"; tail -20 "$logfile" >&2; exit 1
}

# One real turn before the load, so a bot that breaks the contract fails here with its answer shown,
# not as a wall of errors in the results.
smoke_test() {
  local name="$1" port="$2" body status
  body="$(printf '{"type":"message","id":"smoke-1","channelId":"emulator","serviceUrl":"http://127.0.0.1:1/","from":{"id":"user-smoke","name":"Smoke","role":"user"},"recipient":{"id":"bot","role":"bot"},"conversation":{"id":"smoke-%s"},"text":"hi","locale":"en-US","timestamp":"%s","deliveryMode":"expectReplies"}' \
    "$RANDOM$RANDOM" "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)")"
  status="$(curl -s -o "$OUT/$name-smoke.json" -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
    --data "$body" "http://127.0.0.1:$port/api/messages" || true)"
  if [[ "$status" != 2* ]] || ! grep -q '"activities"' "$OUT/$name-smoke.json"; then
    log "$name smoke test failed: HTTP $status, body:"; head -c 2000 "$OUT/$name-smoke.json" >&2; echo >&2; exit 1
  fi
}

{
  echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:   $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)$(git -C "$REPO" diff --quiet HEAD -- src 2>/dev/null || echo ' (src modified)')"
  echo "cpu:      $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory:   $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "dotnet:   $(dotnet --version)   node: $(node --version 2>/dev/null || echo none)"
  echo "load:     $USERS users, ${DURATION} s measured after ${WARMUP} s warmup"
  echo "loadavg:  $(cut -d' ' -f1-3 /proc/loadavg) (before the run; other work on the machine skews results)"
} | tee "$OUT/machine.txt"

log "building the load driver"
dotnet build "$REPO/bench/CoachBot.Bench" -c Release -nologo -v q >"$OUT/build-driver.log" 2>&1 \
  || { tail -30 "$OUT/build-driver.log" >&2; exit 1; }

if wants coachbot; then
  log "building CoachBot (Release)"
  dotnet build "$COACHBOT_PROJECT" -c Release -nologo -v q >"$OUT/build-coachbot.log" 2>&1 \
    || { tail -30 "$OUT/build-coachbot.log" >&2; exit 1; }
  if [[ " $STORES " == *" postgres"* ]]; then
    log "starting a throwaway PostgreSQL cluster"
    # shellcheck source=../scripts/postgres-cluster.sh
    source "$REPO/scripts/postgres-cluster.sh"
    PG_DURABILITY="-c fsync=on -c synchronous_commit=off -c full_page_writes=on -c shared_buffers=256MB" start_throwaway_postgres >&2
    echo "postgres: $("$PG_BIN/postgres" --version), fsync on, synchronous_commit off" | tee -a "$OUT/machine.txt"
  fi
fi

# Starts one CoachBot instance on a port with the given settings (NAME=VALUE ...); its PID in STARTED_PID.
# The built dll is run directly (not `dotnet run`) so the PID measured is the bot itself. Its working
# directory is the project folder, as under `dotnet run`, so appsettings.json is found either way.
# The driver is one client speaking for 50 people, so the per-client rate limit (meant for one
# untrusted address) is off; the per-conversation limit stays on and is part of what is measured.
start_coachbot() {
  local port="$1" logfile="$2"; shift 2
  log "starting CoachBot on port $port ($*)"
  (cd "$COACHBOT_PROJECT" && \
    env "$@" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning CoachBot__RateLimits__ClientBurst=0 \
    dotnet "$COACHBOT_DLL" --urls "http://127.0.0.1:$port") >"$logfile" 2>&1 &
  STARTED_PID=$!
  BOT_PIDS+=("$STARTED_PID")
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$1" 2>/dev/null || true
}

if wants peer; then
  log "installing the peer bot from $PEER_SOURCE"
  # shared/ is read-only: install into a copy.
  cp -R "$PEER_SOURCE" "$WORK/peer"
  (cd "$WORK/peer" && npm install --ignore-scripts --no-audit --no-fund) >"$OUT/peer-install.log" 2>&1 \
    || { tail -30 "$OUT/peer-install.log" >&2; exit 1; }
  log "starting the peer on port $PEER_PORT"
  (cd "$WORK/peer" && PORT="$PEER_PORT" exec node peerbot.js) >"$OUT/peer.log" 2>&1 &
  PEER_PID=$!
  BOT_PIDS+=("$PEER_PID")
fi

if wants peer; then wait_until_answering peer "$PEER_PORT" "$PEER_PID" "$OUT/peer.log"; smoke_test peer "$PEER_PORT"; fi

# The driver runs in the background and is waited for: bash defers a trap until a foreground command
# ends, so this way Ctrl-C or a kill stops everything at once instead of after the measurement.
run_driver() {
  local label="$1" port="$2" pid="$3" name="$4" also=()
  if [[ -n "${5:-}" ]]; then also=(--also-url "http://127.0.0.1:$5/api/messages"); fi
  log "measuring $label"
  dotnet "$DRIVER" --url "http://127.0.0.1:$port/api/messages" ${also[@]+"${also[@]}"} --users "$USERS" --duration "$DURATION" \
    --warmup "$WARMUP" --pid "$pid" --label "$label" --channel emulator --json "$OUT/$name.json" --turns-csv "$OUT/$name-turns.csv" >"$OUT/$name.txt" &
  DRIVER_PID=$!
  wait "$DRIVER_PID"
  DRIVER_PID=""
  cat "$OUT/$name.txt"
  echo
}

# Each CoachBot set-up in turn, alone on the machine with the idle peer; stopped before the next.
if wants coachbot; then
  for store in $STORES; do
    case "$store" in
      sqlite)
        start_coachbot "$COACHBOT_PORT" "$OUT/coachbot.log" CoachBot__Storage__Sqlite__Path="$WORK/bench.db"
        first="$STARTED_PID"; second=""; name=coachbot; label="CoachBot (SQLite)" ;;
      postgres|postgres2)
        database="bench_$store"
        psql -q -h 127.0.0.1 -p "$PG_THROWAWAY_PORT" -U postgres -d postgres -c "CREATE DATABASE $database" >/dev/null
        settings=(CoachBot__Storage__Provider=Postgres
          "CoachBot__Storage__Postgres__ConnectionString=Host=127.0.0.1;Port=$PG_THROWAWAY_PORT;Username=postgres;Database=$database")
        start_coachbot "$COACHBOT_PORT" "$OUT/coachbot-$store.log" "${settings[@]}"
        first="$STARTED_PID"; second=""; name="coachbot-$store"; label="CoachBot (PostgreSQL, 1 instance)"
        if [[ "$store" == postgres2 ]]; then
          # The first has applied the migrations by the time it answers; the second finds them done.
          wait_until_answering CoachBot "$COACHBOT_PORT" "$first" "$OUT/coachbot-$store.log"
          start_coachbot "$COACHBOT_PORT2" "$OUT/coachbot-$store-b.log" "${settings[@]}"
          second="$STARTED_PID"; label="CoachBot (PostgreSQL, 2 instances)"
        fi ;;
    esac
    wait_until_answering CoachBot "$COACHBOT_PORT" "$first" "$OUT/$name.log"
    smoke_test "$name" "$COACHBOT_PORT"
    if [[ -n "$second" ]]; then
      wait_until_answering CoachBot "$COACHBOT_PORT2" "$second" "$OUT/$name-b.log"
      smoke_test "$name-b" "$COACHBOT_PORT2"
      run_driver "$label" "$COACHBOT_PORT" "$first" "$name" "$COACHBOT_PORT2"
      stop_pid "$second"
    else
      run_driver "$label" "$COACHBOT_PORT" "$first" "$name"
    fi
    stop_pid "$first"
  done
fi

if wants peer; then
  # Let the machine settle after the previous run.
  if [[ "$ONLY" == both ]]; then sleep 2; fi
  run_driver peer "$PEER_PORT" "$PEER_PID" peer
fi

if [[ "$ONLY" == both ]]; then
  for store in $STORES; do
    name=coachbot; [[ "$store" == sqlite ]] || name="coachbot-$store"
    echo "-- $store --" | tee -a "$OUT/comparison.txt"
    dotnet "$DRIVER" --compare "$OUT/$name.json" "$OUT/peer.json" | tee -a "$OUT/comparison.txt"
  done
fi
log "results in $OUT"
