#!/usr/bin/env bash
# Runs every CoachBot test, on a fresh machine too: installs what the tests need first
# (Debian's Chromium and ChromeDriver for the web chat browser test, the npm tools in
# tests/tools for the Teams manifest test, PostgreSQL 15 for the storage tests), checks formatting,
# then runs the unit, transcript and integration tests, and the storage-dependent host tests a
# second time on PostgreSQL (a throwaway cluster started here and removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} for the browser test..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Teams manifest test validates against the official schema from the npm package
# @microsoft/app-manifest, and the Agents Playground test runs @microsoft/m365agentsplayground;
# both are pinned in tests/tools/package-lock.json (no install scripts, nothing downloaded later).
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
else
  echo "npm not found: the Teams manifest tests will fail until 'npm ci --prefix tests/tools' has run." >&2
fi

# The PostgreSQL tests read COACHBOT_TEST_POSTGRES; without it they skip, except in CI, where they fail.
source scripts/postgres-cluster.sh
start_throwaway_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore CoachBot.sln --verbosity quiet
dotnet format CoachBot.sln --verify-no-changes --no-restore
dotnet build CoachBot.sln --no-restore --configuration Release --verbosity quiet

log=$(mktemp)
trap 'rm -f "$log"; stop_throwaway_postgres' EXIT
status=0
dotnet test CoachBot.sln --no-build --configuration Release 2>&1 | tee "$log" || status=$?

# The host tests that depend on storage, again with every test server on PostgreSQL (CoachBotServer
# reads COACHBOT_TEST_STORE): conversations, data rights, the front door, the web chat's sessions.
# The tests that open the SQLite file itself (disk full, stalls, file modes) stay SQLite-only.
echo "Storage-dependent host tests on PostgreSQL:"
COACHBOT_TEST_STORE=Postgres dotnet test tests/CoachBot.IntegrationTests --no-build --configuration Release --filter \
  "FullyQualifiedName~.Http.DataRightsTests|FullyQualifiedName~.Teams.TeamsConversationTests|FullyQualifiedName~.Http.WebChatEndpointTests|FullyQualifiedName~.Http.BotFrameworkEndpointTests|FullyQualifiedName~.Channels.FrontDoorTests|FullyQualifiedName~.Channels.WebChatSessionTests" \
  2>&1 | tee -a "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
awk '/^(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
