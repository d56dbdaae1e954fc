#!/usr/bin/env bash
# Builds the Teams app package: a zip of manifest.json, color.png and outline.png at its root, with the
# bot's Microsoft App ID (the Azure Bot registration's app id) filled in as the app id and the bot id.
#
#   scripts/package-teams-app.sh APP_ID [OUT.zip]
#
# OUT.zip defaults to artifacts/coachbot-teams-app.zip in the repository. The committed manifest keeps
# the nil GUID in both places, so that it stays valid against the schema; this script sets both fields
# in the packaged copy and leaves manifest/teams/manifest.json untouched. Needs only python3.
set -euo pipefail

usage() {
  echo "usage: $0 APP_ID [OUT.zip]   (APP_ID: the bot's Microsoft App ID, a GUID)" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
app_id=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$repo/artifacts/coachbot-teams-app.zip}

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if ! [[ $app_id =~ $guid ]]; then
  echo "error: APP_ID must be a GUID such as 8d2f5c1e-3b4a-4c6d-9e7f-0a1b2c3d4e5f, got '$app_id'" >&2
  exit 2
fi
if [[ $app_id == 00000000-0000-0000-0000-000000000000 ]]; then
  echo "error: APP_ID is the nil GUID, the template's placeholder: give the bot's real Microsoft App ID" >&2
  exit 2
fi

mkdir -p "$(dirname "$out")"
python3 - "$repo/manifest/teams" "${app_id,,}" "$out" <<'PY'
import json
import os
import sys
import tempfile
import zipfile

source, app_id, out = sys.argv[1:]
with open(os.path.join(source, "manifest.json"), encoding="utf-8") as f:
    manifest = json.load(f)

manifest["id"] = app_id
bots = manifest.get("bots") or []
if not bots:
    sys.exit("error: manifest.json has no bot to give the app id to")
for bot in bots:
    bot["botId"] = app_id

urls = [manifest.get("developer", {}).get(key, "") for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl")]
if any("coachbot.example" in url for url in urls):
    print("warning: developer URLs are still the coachbot.example placeholders; replace them in "
          "manifest/teams/manifest.json before publishing", file=sys.stderr)

# Fixed timestamps, so the same input gives the same zip.
def entry(name):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info

fd, partial = tempfile.mkstemp(prefix=".teams-app-", suffix=".zip", dir=os.path.dirname(os.path.abspath(out)))
os.close(fd)
try:
    with zipfile.ZipFile(partial, "w") as z:
        z.writestr(entry("manifest.json"), json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for icon in (manifest["icons"]["color"], manifest["icons"]["outline"]):
            with open(os.path.join(source, icon), "rb") as f:
                z.writestr(entry(icon), f.read())
    os.chmod(partial, 0o644)
    os.replace(partial, out)
except BaseException:
    os.unlink(partial)
    raise
PY
echo "$out"
