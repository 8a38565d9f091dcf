#!/usr/bin/env bash
# History benchmark: Plumbline's history stage against `git log --numstat` alone (the floor: git has to
# produce this data) and against gitinspector, on a synthetic repository with COMMITS (+1) commits.
# Usage: bench/history/run.sh [COMMITS] [RUNS]      (defaults: 50000 commits, 3 runs; GITINSPECTOR=0 skips it)
# Needs: git, python3, dotnet, hyperfine, gitinspector, /usr/bin/time
#   (apt-get install -y hyperfine gitinspector time). Results: $WORK/results-COMMITS.md
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
commits="${1:-50000}"
runs="${2:-3}"
work="${BENCH_DIR:-/tmp/plumbline-history-bench}"
repo="$work/synth-$commits"
mkdir -p "$work"

for tool in git python3 dotnet hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y hyperfine time)"; exit 2; }
done

if [ ! -d "$repo/.git" ]; then
  echo "== generating $repo ($commits commits + .mailmap commit; git fast-import)"
  rm -rf "$repo"
  git init -q -b main "$repo"
  start=$(date +%s)
  python3 "$here/make-repo.py" "$commits" 7 | git -C "$repo" fast-import --quiet --done
  git -C "$repo" checkout -q main
  echo "   generated in $(( $(date +%s) - start )) s"
fi
echo "== repository: $(git -C "$repo" rev-list --count HEAD) commits, $(git -C "$repo" ls-files | wc -l) files, $(du -sh "$repo/.git" | cut -f1) in .git"

echo "== building the benchmark harness (Release)"
dotnet build "$here/HistoryBench/HistoryBench.csproj" -c Release -v q -nologo >/dev/null
ours="$here/HistoryBench/bin/Release/net10.0/HistoryBench"

floor="git -C $repo log --numstat --no-merges -M HEAD"
plumb="$ours $repo"
cmds=(-n floor "$floor" -n plumbline "$plumb")
use_gi=0
if [ "${GITINSPECTOR:-1}" = "1" ] && command -v gitinspector >/dev/null; then use_gi=1; fi
if [ "$use_gi" = "1" ]; then
  # gitinspector 0.4.4 (Debian) crashes when the non-merge commit count is a multiple of 200 under
  # Python 3.11 (str.decode in changes.py); the extra .mailmap commit keeps the count off that.
  cmds+=(-n gitinspector "cd $repo && gitinspector --format=text .")
else
  echo "   gitinspector not installed or GITINSPECTOR=0: comparing with the floor only"
fi

echo "== one run each with /usr/bin/time -v (peak memory)"
# These runs also warm the page cache for hyperfine below.
peak() { /usr/bin/time -v bash -c "$1 > /dev/null 2>$work/stderr-$2.txt" 2>&1 | awk -F': ' '/Elapsed/ {e=$2} /Maximum resident/ {m=$2} END {printf "%s elapsed, peak %.0f MiB\n", e, m/1024}'; }
printf '   %-13s ' floor; peak "$floor" floor
printf '   %-13s ' plumbline; peak "$plumb" plumbline
echo "   ($(grep 'peak working set' "$work/stderr-plumbline.txt" || true); /usr/bin/time counts the biggest process of the tree, which can be git)"
if [ "$use_gi" = "1" ]; then
  printf '   %-13s ' gitinspector; peak "cd $repo && gitinspector --format=text ." gitinspector
  if grep -q Traceback "$work/stderr-gitinspector.txt"; then
    echo "   gitinspector failed: $(tail -1 "$work/stderr-gitinspector.txt")"
  fi
fi

echo "== hyperfine ($runs runs each)"
hyperfine --runs "$runs" --ignore-failure --export-markdown "$work/results-$commits.md" "${cmds[@]}"
echo "== plumbline's findings on the synthetic repository"
$plumb | head -20
echo "results: $work/results-$commits.md"
