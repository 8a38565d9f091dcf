#!/usr/bin/env bash
# Regenerates the end-of-life snapshot built into plumb (src/Plumbline.Checks/EndOfLife/eol-snapshot.json) from a
# copy of the endoflife.date repository (MIT licence): its root folder, its products folder, or a zip of it.
# It runs the same importer as 'plumb eoldb update', so the built-in data and refreshed data have one format.
# Usage: build/eol-snapshot.sh PATH
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 PATH (the endoflife.date repository, its products folder, or a zip of it)" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run --project "$root/src/Plumbline.Cli" -- eoldb update "$1" --data "$work"
# The import time says when a user refreshed; a built-in snapshot is dated by its data alone.
python3 - "$work/eol/eol.json" "$root/src/Plumbline.Checks/EndOfLife/eol-snapshot.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
data.pop("importedAt", None)
with open(sys.argv[2], "w") as out:
    json.dump(data, out, separators=(",", ":"))
    out.write("\n")
PY
echo "Wrote src/Plumbline.Checks/EndOfLife/eol-snapshot.json (data as of $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dataAsOf"])' "$root/src/Plumbline.Checks/EndOfLife/eol-snapshot.json"))"
