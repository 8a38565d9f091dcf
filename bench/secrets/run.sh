#!/usr/bin/env bash
# Secrets benchmark: Plumbline's secrets stage over the full history of a repository, against
#   - ripgrep running the same patterns over the same unique blobs (exported once with git cat-file --batch),
#   - secretlint (preset-recommend) on the working tree, against our scan of the working tree only.
# Usage: bench/secrets/run.sh [REPO]    (no REPO: a synthetic repository of $COMMITS commits is built
#        from an installed source tree with make-synthetic.py; fake credentials are planted in history)
# Env: COMMITS (default 3000), KEEP=1 to keep the temp folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d -t plumb-secrets-bench-XXXXXX)"
[[ "${KEEP:-}" == 1 ]] || trap 'rm -rf "$work"' EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg && [[ $EUID -eq 0 ]]; then apt-get install -y -qq ripgrep hyperfine >/dev/null; fi
need rg || { echo "ripgrep (rg) is required: apt-get install -y ripgrep" >&2; exit 2; }

repo="${1:-}"
if [[ -z "$repo" ]]; then
  repo="$work/synthetic"
  git init -q -b main "$repo"
  python3 "$here/make-synthetic.py" "${COMMITS:-3000}" | git -C "$repo" fast-import --done --quiet
  git -C "$repo" reset -q --hard
fi
repo="$(cd "$repo" && pwd)"

echo "== building the bench harness (Release)"
dotnet build -c Release "$here/SecretsBench" -v q -nologo >/dev/null
bench="$here/SecretsBench/bin/Release/net10.0/SecretsBench"
"$bench" --patterns > "$work/patterns.txt"

commits=$(git -C "$repo" rev-list --all | wc -l)
echo "== exporting unique blobs of all refs (git cat-file --batch)"
mkdir -p "$work/blobs"
git -C "$repo" rev-list --all --objects | cut -d' ' -f1 \
  | git -C "$repo" cat-file --batch-check='%(objecttype) %(objectname)' \
  | awk '$1=="blob"{print $2}' \
  | git -C "$repo" cat-file --batch \
  | python3 -c '
import sys, os
out = sys.argv[1]; src = sys.stdin.buffer
while True:
    header = src.readline()
    if not header: break
    oid, _, size = header.split()
    data = src.read(int(size)); src.read(1)
    with open(os.path.join(out, oid.decode()), "wb") as f: f.write(data)
' "$work/blobs"
blobs=$(ls "$work/blobs" | wc -l)
blob_mb=$(du -sm "$work/blobs" | cut -f1)
echo "   $commits commits, $blobs unique blobs, ${blob_mb} MB"

echo "== working tree copy (git archive HEAD)"
mkdir -p "$work/tree"
git -C "$repo" archive HEAD | tar -x -C "$work/tree"
tree_mb=$(du -sm "$work/tree" | cut -f1)

# Runs a command under /usr/bin/time -v; prints "wall_seconds cpu_seconds maxrss_kb".
measure() {
  local log="$work/time.$RANDOM"
  /usr/bin/time -v "$@" >"$log.out" 2>"$log.err" || { echo "failed: $*" >&2; tail -5 "$log.err" >&2; }
  local wall cpu rss
  wall=$(grep 'Elapsed (wall clock)' "$log.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log.err" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$log.err")
  # Copy before printing: the caller reads our output through a process substitution.
  cp "$log.out" "$work/last.out"
  echo "$wall $cpu $rss"
}

echo "== secretlint (npm install into a temp folder)"
have_secretlint=0
if (cd "$work" && npm init -y >/dev/null 2>&1 && npm i --silent --no-audit --no-fund secretlint @secretlint/secretlint-rule-preset-recommend >/dev/null 2>&1); then
  echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$work/tree/.secretlintrc.json"
  have_secretlint=1
else
  echo "   npm install failed; secretlint column skipped"
fi

echo "== running (each once; the machine is shared, so compare ratios)"
read -r ours_hist_s ours_hist_cpu ours_hist_kb < <(measure "$bench" "$repo")
ours_hist_out=$(cat "$work/last.out")
# -U: some rules (key blocks) span lines, as in our scan.
read -r rg_s rg_cpu rg_kb < <(measure rg --no-config -U -c -j "$(nproc)" -f "$work/patterns.txt" "$work/blobs")
rg_hits=$(awk -F: '{s+=$NF} END {print s+0}' "$work/last.out")
read -r ours_tree_s ours_tree_cpu ours_tree_kb < <(measure "$bench" "$work/tree" )
if [[ $have_secretlint == 1 ]]; then
  read -r sl_s sl_cpu sl_kb < <(cd "$work/tree" && measure "$work/node_modules/.bin/secretlint" --secretlintrc "$work/tree/.secretlintrc.json" "**/*")
else
  sl_s=0; sl_cpu=0; sl_kb=0
fi

ratio() { python3 -c "a,b=$1,$2; print(f'{a/b:.2f}x' if b else 'n/a')"; }
echo
echo "Repository: $repo ($commits commits, $blobs unique blobs, ${blob_mb} MB of blobs; tree ${tree_mb} MB)"
echo "Plumbline (history): $ours_hist_out" | head -1
printf '%-46s %9s %9s %9s\n' "run" "wall s" "cpu s" "peak MiB"
printf '%-46s %9s %9s %9s\n' "plumbline secrets, all refs (index + scan)" "$ours_hist_s" "$ours_hist_cpu" "$((ours_hist_kb/1024))"
printf '%-46s %9s %9s %9s\n' "ripgrep, same patterns, exported blobs" "$rg_s" "$rg_cpu" "$((rg_kb/1024))"
printf '%-46s %9s %9s %9s\n' "plumbline secrets, working tree (plain folder)" "$ours_tree_s" "$ours_tree_cpu" "$((ours_tree_kb/1024))"
printf '%-46s %9s %9s %9s\n' "secretlint preset-recommend, working tree" "$sl_s" "$sl_cpu" "$((sl_kb/1024))"
echo "ratio plumbline/ripgrep (history):  wall $(ratio "$ours_hist_s" "$rg_s"), cpu $(ratio "$ours_hist_cpu" "$rg_cpu")   (ripgrep match lines: $rg_hits; blob export not counted for ripgrep)"
echo "ratio plumbline/secretlint (tree):  wall $(ratio "$ours_tree_s" "$sl_s"), cpu $(ratio "$ours_tree_cpu" "$sl_cpu")"
