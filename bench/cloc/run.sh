#!/usr/bin/env bash
# Inventory benchmark: `plumb audit --only repo` against cloc on one large source tree, in one run.
# Reports wall time of each (hyperfine), the speed ratio, and the code-line totals with their difference.
# Usage: bench/cloc/run.sh [TARGET]   (default: /usr/lib/python3.11, ~50 MB of Python)
# Needs: cloc, hyperfine, clang and zlib (apt-get install -y cloc hyperfine clang zlib1g-dev), the .NET SDK.
# plumb is the release build (build/release.sh): the native plumb, as installed (docs/install.md); PLUMB_DIST=FOLDER
# times a release folder already built instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${1:-/usr/lib/python3.11}
RUNS=${RUNS:-3}
for tool in cloc hyperfine python3 clang; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install -y cloc hyperfine clang zlib1g-dev)"; exit 2; }
done
[ -d "$TARGET" ] || { echo "bench: $TARGET: no such folder"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${PLUMB_DIST:-}" ]; then
  PLUMB="$PLUMB_DIST/plumb"   # a release folder already built from this tree
else
  echo "Building plumb (build/release.sh, a few minutes)…"
  build/release.sh "$work/plumb" >/dev/null
  PLUMB="$work/plumb/plumb"
fi

# cloc reads files of any size; raise plumb's read limit so both count the same files.
printf 'repo:\n  max-read-kb: 1048576\n' > "$work/plumbline.yml"

# A git repository is counted from its tracked files by both tools.
CLOC_ARGS=(--quiet)
if [ -d "$TARGET/.git" ]; then CLOC_ARGS+=(--vcs=git); fi

cloc_code=$(cd "$TARGET" && cloc "${CLOC_ARGS[@]}" --json . | python3 -c 'import json,sys; print(json.load(sys.stdin)["SUM"]["code"])')
plumb_code=$(COLUMNS=250 "$PLUMB" audit "$TARGET" --only repo --config "$work/plumbline.yml" 2>/dev/null \
  | awk '$1 == "Total" { gsub(",", "", $3); print $3; exit }')

hyperfine --style basic --warmup 1 --runs "$RUNS" --ignore-failure --export-json "$work/times.json" \
  -n cloc "cd '$TARGET' && cloc ${CLOC_ARGS[*]} . >/dev/null" \
  -n plumb "'$PLUMB' audit '$TARGET' --only repo --config '$work/plumbline.yml' >/dev/null 2>&1"

python3 - "$work/times.json" "$cloc_code" "$plumb_code" "$TARGET" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
times = {k: r["mean"] for k, r in results.items()}
cpu = {k: r["user"] + r["system"] for k, r in results.items()}
cloc_code, plumb_code, target = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
diff = (plumb_code - cloc_code) / cloc_code * 100
print()
print(f"target:      {target}")
print(f"cloc:        {times['cloc']:.2f} s, {cloc_code:,} code lines")
print(f"plumb:       {times['plumb']:.2f} s, {plumb_code:,} code lines")
print(f"cpu time:    cloc {cpu['cloc']:.2f} s, plumb {cpu['plumb']:.2f} s (user + system; steadier than wall time on a busy machine)")
print(f"speed:       plumb is {times['cloc'] / times['plumb']:.1f}x faster than cloc by wall time, {cpu['cloc'] / cpu['plumb']:.1f}x by CPU time")
print(f"code lines:  {diff:+.2f}% against cloc")
PY
