#!/usr/bin/env bash
# Reading accuracy of plumb's .NET dependency sources against the .NET SDK itself, offline.
#   run.sh REPO            MSBuild evaluation (dotnet msbuild -getItem) of every tracked project vs plumb's project-file reading
#   run.sh REPO --restored dotnet list package --include-transitive (reads obj/project.assets.json) vs plumb's restore-output reading
# plumb lists every package it read because the database it audits against says every version of every package
# named in the repository is affected (every_version_db.py); nothing is downloaded.
set -euo pipefail
repo=$(realpath "$1"); mode=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
plumb=${PLUMB:-$here/../../../src/Plumbline.Cli/bin/Debug/net10.0/plumb}
work=$(mktemp -d)
python3 "$here/every_version_db.py" "$work/all.zip" "$repo"
"$plumb" vulndb import "$work/all.zip" --data "$work/data" >/dev/null
PLUMB_DATA="$work/data" "$plumb" audit "$repo" --only vulnerabilities --format json --out "$work/out" >/dev/null 2>&1 || true
report=$(ls "$work"/out/*.json)
if [ "$mode" = "--restored" ]; then
  dotnet list "$repo" package --include-transitive --format json > "$work/list.json"
  python3 "$here/compare_list_package.py" "$work/list.json" "$report" "$repo"
else
  python3 "$here/msbuild_anchor.py" "$repo" > "$work/anchor.json"
  python3 "$here/compare_msbuild.py" "$work/anchor.json" "$report" "$repo"
fi
