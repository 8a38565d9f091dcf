#!/usr/bin/env bash
# Complexity benchmark: Plumbline's function finder and cyclomatic complexity against lizard on the same files.
# Usage: bench/complexity/compare.sh REPO [LIZARD_DIR]   (LIZARD_DIR: a checkout of github.com/terryyin/lizard;
#   lizard is pure Python and runs from its source with python3, no install)
# Prints, per language, function counts and total CCN from both tools with their ratios (ours / lizard), the files
# that differ most, and the wall time of each. CI does not run this (no lizard there); tests cover our fixtures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "${1:?usage: compare.sh REPO [LIZARD_DIR]}" && pwd)"
lizard="${2:-${LIZARD_DIR:-/tmp/lizard}}/lizard.py"
work="${BENCH_DIR:-/tmp/plumbline-complexity-bench}/$(basename "$repo")"
mkdir -p "$work"
[ -f "$lizard" ] || { echo "lizard not found at $lizard (git clone https://github.com/terryyin/lizard)"; exit 2; }

# The same file list for both: tracked sources of the measured languages, without vendored, minified or bundled files.
{ git -C "$repo" ls-files 2>/dev/null | grep . || (cd "$repo" && find . -type f -not -path './.git/*' | sed 's|^\./||'); } \
  | grep -Ei '\.(cs|java|js|mjs|cjs|jsx|ts|tsx|mts|php|go|py|rb)$' \
  | grep -Evi '(^|/)(node_modules|vendor|bower_components|third_party|dist|build)/|\.min\.js$|\.d\.ts$' > "$work/files.txt" || true
echo "== $(wc -l < "$work/files.txt") files in $repo ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo 'no git'))"

dotnet build "$here/ComplexityBench/ComplexityBench.csproj" -c Release -v q -nologo >/dev/null
ours="$here/ComplexityBench/bin/Release/net10.0/ComplexityBench"

start=$(date +%s.%N)
"$ours" "$repo" < "$work/files.txt" > "$work/ours.csv"
mid=$(date +%s.%N)
(cd "$repo" && python3 "$lizard" --csv -f "$work/files.txt" > "$work/lizard.csv" 2>/dev/null || true)
end=$(date +%s.%N)
python3 "$here/compare.py" "$work/ours.csv" "$work/lizard.csv" "" "${TOP:-8}"
printf '\nwall time: plumbline %.1f s, lizard %.1f s\n' "$(echo "$mid - $start" | bc)" "$(echo "$end - $mid" | bc)"
