#!/usr/bin/env bash
# Truck factors of public repositories as of their last commit of November 2016, next to the values the
# Truck-Factor tool's README publishes for that month (Avelino et al.). Reproduces the table in docs/history.md.
# Usage: bench/history/truck-factors.sh DIR...   (each DIR a full clone, e.g. git clone https://github.com/jquery/jquery)
# A clone's name picks the published value (jquery, vue, d3, angular.js, meteor, Font-Awesome, atom, react, ...).
# BRANCH_<name>=<branch> overrides the branch walked (default: the clone's HEAD), e.g. BRANCH_Font_Awesome=4.x.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
declare -A published=(
  [FreeCodeCamp]=1 [bootstrap]=3 [d3]=1 [react]=4 [angular.js]=6 [Font-Awesome]=1 [jquery]=4 [electron]=1
  [tensorflow]=2 [docker]=13 [moby]=13 [meteor]=5 [swift]=5 [vue]=1 [rails]=11 [atom]=4
)
dotnet build "$here/HistoryBench/HistoryBench.csproj" -c Release -v q -nologo >/dev/null
ours="$here/HistoryBench/bin/Release/net10.0/HistoryBench"

echo "| Repository | Commit (last of Nov 2016) | Date | Ours | Published | Top authors removed |"
echo "|---|---|---|---|---|---|"
for dir in "$@"; do
  name="$(basename "$dir")"
  var="BRANCH_${name//[.-]/_}"
  branch="${!var:-HEAD}"
  commit="$(git -C "$dir" rev-list -1 --first-parent --before=2016-12-01T00:00:00Z "$branch")"
  date="$(git -C "$dir" log -1 --format=%cs "$commit")"
  line="$("$ours" "$dir" --rev "$commit" 2>/dev/null | grep "^truck factor" || echo "truck factor ? (failed)")"
  tf="$(sed -E 's/^truck factor ([0-9]+).*/\1/' <<<"$line")"
  who="$(sed -E 's/^truck factor [0-9]+ \(([^)]*)\).*/\1/' <<<"$line")"
  echo "| $name | ${commit:0:12} | $date | $tf | ${published[$name]:-—} | $who |"
done
