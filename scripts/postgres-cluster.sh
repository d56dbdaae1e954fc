#!/usr/bin/env bash
# Sourced by scripts/test.sh and bench/run.sh: starts a throwaway PostgreSQL 15 cluster for one run and
# exports its connection string in COACHBOT_TEST_POSTGRES. Nothing is kept: fsync is off and the folder
# goes when the run ends (call stop_throwaway_postgres, e.g. from a trap).
#   start_throwaway_postgres        # sets COACHBOT_TEST_POSTGRES and PG_THROWAWAY_DIR
#   stop_throwaway_postgres

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# initdb refuses to run as root: as root the cluster belongs to the postgres user.
_as_cluster_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_throwaway_postgres() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "Installing postgresql-15 for the PostgreSQL tests..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
  fi

  PG_THROWAWAY_DIR=$(mktemp -d /tmp/coachbot-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_THROWAWAY_DIR"
  # A free port: the kernel picks one, we take it (a race with another run is possible but unlikely).
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  _as_cluster_owner "$PG_BIN/initdb" -D "$PG_THROWAWAY_DIR/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  # Up to 300 connections: the test host starts many bots at once, each with its own pool. Tests need no
  # durability; the benchmark sets PG_DURABILITY to what it compares with SQLite's.
  local durability=${PG_DURABILITY:--c fsync=off -c synchronous_commit=off -c full_page_writes=off}
  _as_cluster_owner "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_THROWAWAY_DIR $durability -c max_connections=300" \
    start >/dev/null
  export PG_THROWAWAY_DIR PG_THROWAWAY_PORT=$port
  export COACHBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "Throwaway PostgreSQL on 127.0.0.1:$port ($PG_THROWAWAY_DIR)."
}

stop_throwaway_postgres() {
  if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR/data" ]; then
    _as_cluster_owner "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_THROWAWAY_DIR"
  fi
}
